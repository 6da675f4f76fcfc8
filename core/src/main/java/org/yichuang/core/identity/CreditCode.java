package org.yichuang.core.identity;

import java.util.Locale;
import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-letter alphabet.
 *
 * <p>Only the checksum is enforced; category letters differ between implementations (RULES.md §7.2).
 */
public record CreditCode(String value) {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Creates the value; use {@link #parse} for anything typed or imported. */
    public CreditCode {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses and validates a code.
     *
     * @throws DomainException with {@code CREDIT_CODE_INVALID}
     */
    public static CreditCode parse(String raw) {
        if (!isValid(raw)) {
            throw new DomainException(ErrorCode.CREDIT_CODE_INVALID);
        }
        return new CreditCode(raw.strip().toUpperCase(Locale.ROOT));
    }

    /** Returns true when the code has 18 characters of the alphabet and a matching check character. */
    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(s.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check) == s.charAt(17);
    }
}
