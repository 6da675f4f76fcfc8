package org.yichuang.core.identity;

import java.time.LocalDate;
import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * The number of a 外国人永久居留身份证. Two editions are in use: 2023 (18 digits, the first 9, then province,
 * nationality, birth date, sequence and a GB 11643 MOD 11-2 check character) and 2017 (3 letters of the
 * nationality + 12 digits; no public check algorithm, so only the shape is checked).
 */
public record ForeignResidenceIdNumber(String value) implements DocumentNumber {
    /** Creates the value; use {@link DocumentNumber#parse} for anything typed or read. */
    public ForeignResidenceIdNumber {
        Objects.requireNonNull(value, "value");
    }

    static ForeignResidenceIdNumber parse(String compact, LocalDate today) {
        if (compact.matches("9\\d{16}[\\dX]")) {
            DocumentRules.gb11643(compact, today, DocumentType.FOREIGN_PERMANENT_RESIDENCE);
            return new ForeignResidenceIdNumber(compact);
        }
        if (compact.matches("[A-Z]{3}\\d{12}")) {
            return new ForeignResidenceIdNumber(compact);
        }
        DocumentRules.refuseOtherType(compact, DocumentType.FOREIGN_PERMANENT_RESIDENCE);
        throw new DomainException(ErrorCode.FOREIGN_RESIDENCE_ID_FORMAT);
    }

    @Override
    public DocumentType type() {
        return DocumentType.FOREIGN_PERMANENT_RESIDENCE;
    }

    /** Returns true for the 18-digit 2023 edition. */
    public boolean is2023Edition() {
        return value.length() == 18;
    }

    /** Never prints the full number. */
    @Override
    public String toString() {
        return "ForeignResidenceIdNumber[" + masked() + "]";
    }
}
