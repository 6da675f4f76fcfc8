package org.yichuang.core.identity;

import java.util.Random;

/**
 * Test data: credit codes whose 17 first characters are drawn uniformly from the GB 32100 alphabet and whose 18th
 * is the right MOD 31 check character — codes the old alphabet-and-checksum rule accepted, all of them. A fixed
 * seed makes every run draw the same codes.
 */
final class RandomCreditCodes {
    static final long SEED = 32100_2015L;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private final Random random;

    RandomCreditCodes(long seed) {
        random = new Random(seed);
    }

    /** Returns the next random code with a right 18th character. */
    String next() {
        StringBuilder s = new StringBuilder(18);
        for (int i = 0; i < 17; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.append(CreditCode.checkCharacter(s.toString())).toString();
    }

    /**
     * Returns a code of the whole GB 32100 structure: a registration authority and one of its types, a six-digit
     * region, an organisation code with its GB 11714 check character, and the MOD 31 check character.
     */
    String nextStructured() {
        String[] prefixes = {"11", "12", "13", "19", "21", "31", "32", "33", "41", "51", "52", "53", "59", "61", "71",
            "72", "81", "91", "92", "93", "A1", "N1", "N2", "N3", "Y1"};
        StringBuilder s = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
        String region;
        do {
            region = String.format("%06d", random.nextInt(1_000_000));
        } while (region.equals("000000"));
        s.append(region);
        StringBuilder org = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            org.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        s.append(org).append(CreditCode.organizationCheck(org.toString()));
        return s.append(CreditCode.checkCharacter(s.toString())).toString();
    }
}
