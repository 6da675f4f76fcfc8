package org.yichuang.core.identity;

import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * The number of a 台湾居民来往大陆通行证 (台胞证). Since 2008-09-25 it is the holder's 8-digit lifelong number
 * (台胞终身号, "一人一号、终身不变"); permits issued from 1992 append 2 digits for the number of issues and, when
 * issued in Hong Kong or Macau, the issuing office's code in brackets (e.g. {@code 1234567801(B)}); one-time
 * permits (一次有效) carry a letter and 9 digits. Older permits stay in use until they expire.
 */
public record TaiwanPermitNumber(String value) implements DocumentNumber {
    /** Creates the value; use {@link DocumentNumber#parse} for anything typed or read. */
    public TaiwanPermitNumber {
        Objects.requireNonNull(value, "value");
    }

    static TaiwanPermitNumber parse(String compact) {
        if (!compact.matches("\\d{8}|\\d{10}(\\([A-Z0-9]\\))?|[A-Z]\\d{9}")) {
            DocumentRules.refuseOtherType(compact, DocumentType.TAIWAN_PERMIT);
            throw new DomainException(ErrorCode.TAIWAN_PERMIT_FORMAT);
        }
        return new TaiwanPermitNumber(compact);
    }

    @Override
    public DocumentType type() {
        return DocumentType.TAIWAN_PERMIT;
    }

    /** Returns the 8-digit lifelong number (台胞终身号), or null for a one-time permit. */
    public String lifelongNumber() {
        return Character.isDigit(value.charAt(0)) ? value.substring(0, 8) : null;
    }

    /** Never prints the full number. */
    @Override
    public String toString() {
        return "TaiwanPermitNumber[" + masked() + "]";
    }
}
