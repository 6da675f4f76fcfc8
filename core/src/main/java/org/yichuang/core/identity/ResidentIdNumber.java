package org.yichuang.core.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The number of a 居民身份证 (GB 11643-1999), 15-digit numbers upgraded to 18. A residence-permit or 2023
 * permanent-residence number typed under this type is refused with DOCUMENT_TYPE_MISMATCH: it would otherwise pass
 * the same checksum and be recorded as the wrong document.
 */
public record ResidentIdNumber(IdNumber id) implements DocumentNumber {
    /** Creates the value from a validated number. */
    public ResidentIdNumber {
        Objects.requireNonNull(id, "id");
    }

    static ResidentIdNumber parse(String compact, LocalDate today) {
        DocumentRules.refuseOtherType(compact, DocumentType.RESIDENT_ID);
        return new ResidentIdNumber(IdNumber.parse(compact, today));
    }

    @Override
    public DocumentType type() {
        return DocumentType.RESIDENT_ID;
    }

    @Override
    public String value() {
        return id.value();
    }

    /** Never prints the full number. */
    @Override
    public String toString() {
        return "ResidentIdNumber[" + masked() + "]";
    }
}
