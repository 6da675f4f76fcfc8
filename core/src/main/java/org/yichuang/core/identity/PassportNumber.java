package org.yichuang.core.identity;

import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * A passport number (护照号码). Foreign passports follow no common pattern beyond ICAO 9303's letters and digits,
 * so 5–20 of them are accepted; {@link #looksChinese()} recognises the Chinese ordinary passports (E + 8 digits,
 * E + letter + 7 digits once the E series ran out, G + 8 digits before 2012) without refusing anything else.
 */
public record PassportNumber(String value) implements DocumentNumber {
    /** Creates the value; use {@link DocumentNumber#parse} for anything typed or read. */
    public PassportNumber {
        Objects.requireNonNull(value, "value");
    }

    static PassportNumber parse(String compact) {
        if (!compact.matches("[A-Z0-9]{5,20}")) {
            throw new DomainException(ErrorCode.PASSPORT_NUMBER_FORMAT);
        }
        return new PassportNumber(compact);
    }

    @Override
    public DocumentType type() {
        return DocumentType.PASSPORT;
    }

    /** Returns true when the number has the shape of a Chinese ordinary passport. */
    public boolean looksChinese() {
        return value.matches("E\\d{8}|E[A-HJ-NP-Z]\\d{7}|G\\d{8}");
    }

    /** Never prints the full number. */
    @Override
    public String toString() {
        return "PassportNumber[" + masked() + "]";
    }
}
