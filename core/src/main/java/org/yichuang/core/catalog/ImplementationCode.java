package org.yichuang.core.catalog;

import java.util.Optional;
import org.yichuang.core.identity.CreditCode;

/**
 * The standard 31-character implementation code (实施编码, RULES.md §4.4): the implementing agency's unified
 * social credit code (18) + exercise level (行使层级, 1 digit) + base code (基本编码, 12).
 *
 * <p>Provinces also use longer, differently shaped codes; those are kept as opaque text
 * ({@link #parseStandard} returns empty) and only their length and characters are checked.
 */
public record ImplementationCode(String creditCode, int level, String baseCode) {
    /** Length of the standard form. */
    public static final int STANDARD_LENGTH = 31;
    /** Columns are sized generously: GB/T 39046 and provincial formats disagree (RULES.md §4.4). */
    public static final int MAX_LENGTH = 64;

    /** Returns the parts of a standard code, or empty when the text is not in the standard form. */
    public static Optional<ImplementationCode> parseStandard(String code) {
        if (code == null || code.length() != STANDARD_LENGTH) {
            return Optional.empty();
        }
        char level = code.charAt(18);
        if (level < '1' || level > '7' || !CreditCode.isValid(code.substring(0, 18))
                || !code.substring(19).matches("[0-9A-Z]{12}")) {
            return Optional.empty();
        }
        return Optional.of(new ImplementationCode(code.substring(0, 18), level - '0', code.substring(19)));
    }

    /** Returns true when the text may serve as a code at all: letters, digits and hyphens, not too long. */
    public static boolean isWellFormed(String code) {
        return code != null && !code.isEmpty() && code.length() <= MAX_LENGTH && code.matches("[0-9A-Za-z\\-]+");
    }

    /** Returns the 31-character text. */
    public String value() {
        return creditCode + level + baseCode;
    }
}
