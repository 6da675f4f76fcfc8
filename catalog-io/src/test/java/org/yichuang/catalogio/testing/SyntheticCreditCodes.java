package org.yichuang.catalogio.testing;

/** Invented unified social credit codes whose GB 11714 and GB 32100 check characters are right (RULES.md §7.2). */
final class SyntheticCreditCodes {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private SyntheticCreditCodes() {
    }

    /**
     * Returns the code of a county organ (category 11 机关) in the given region, with the organisation code
     * {@code MB} + six digits of {@code serial}.
     */
    static String organ(String region, int serial) {
        String org = "MB" + String.format("%06d", serial % 1_000_000);
        String body = "11" + region + org + orgCheck(org);
        return body + check(body);
    }

    /** GB 11714: C = 11 − Σ(value × weight) mod 11; 10 → X, 11 → 0. */
    private static char orgCheck(String eight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(eight.charAt(i), 36) * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** GB 32100: C18 = 31 − Σ(value × weight) mod 31; 31 → 0. */
    private static char check(String seventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(seventeen.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
