package org.yichuang.core.identity;

import java.time.LocalDate;
import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * The number of a 港澳台居民居住证 (issued since 2018): a GB 11643 number whose address code is 810000 (香港),
 * 820000 (澳门) or 830000 (台湾), with a birth date and MOD 11-2 check character (RULES.md §7.1).
 */
public record ResidencePermitNumber(IdNumber id) implements DocumentNumber {
    /** Creates the value from a validated number. */
    public ResidencePermitNumber {
        Objects.requireNonNull(id, "id");
    }

    static ResidencePermitNumber parse(String compact, LocalDate today) {
        if (!compact.matches("8[123]0000\\d{11}[\\dX]")) {
            DocumentRules.refuseOtherType(compact, DocumentType.HMT_RESIDENCE_PERMIT);
            throw new DomainException(ErrorCode.RESIDENCE_PERMIT_FORMAT);
        }
        return new ResidencePermitNumber(DocumentRules.gb11643(compact, today, DocumentType.HMT_RESIDENCE_PERMIT));
    }

    @Override
    public DocumentType type() {
        return DocumentType.HMT_RESIDENCE_PERMIT;
    }

    @Override
    public String value() {
        return id.value();
    }

    /** Returns where the holder resides: 香港, 澳门 or 台湾. */
    public String region() {
        return switch (id.value().charAt(1)) {
            case '1' -> "香港";
            case '2' -> "澳门";
            default -> "台湾";
        };
    }

    /** Never prints the full number. */
    @Override
    public String toString() {
        return "ResidencePermitNumber[" + masked() + "]";
    }
}
