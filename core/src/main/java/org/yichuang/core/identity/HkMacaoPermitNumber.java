package org.yichuang.core.identity;

import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * The number of a 港澳居民来往内地通行证 (回乡证): H (香港) or M (澳门) and 8 digits on the card issued since 2013;
 * older booklets add 2 digits for the number of issues (10 digits).
 */
public record HkMacaoPermitNumber(String value) implements DocumentNumber {
    /** Creates the value; use {@link DocumentNumber#parse} for anything typed or read. */
    public HkMacaoPermitNumber {
        Objects.requireNonNull(value, "value");
    }

    static HkMacaoPermitNumber parse(String compact) {
        if (!compact.matches("[HM]\\d{8}(\\d{2})?")) {
            DocumentRules.refuseOtherType(compact, DocumentType.HK_MACAO_PERMIT);
            throw new DomainException(ErrorCode.HK_MACAO_PERMIT_FORMAT);
        }
        return new HkMacaoPermitNumber(compact);
    }

    @Override
    public DocumentType type() {
        return DocumentType.HK_MACAO_PERMIT;
    }

    /** Returns 香港 for H, 澳门 for M. */
    public String region() {
        return value.charAt(0) == 'H' ? "香港" : "澳门";
    }

    /** Never prints the full number. */
    @Override
    public String toString() {
        return "HkMacaoPermitNumber[" + masked() + "]";
    }
}
