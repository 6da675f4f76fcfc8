package org.yichuang.core.identity;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * Counts how many random credit codes with a right 18th character the whole-structure rule refuses, and why
 * (run by bench/credit-code-structure.sh; issue 10 quotes 9,829 of 300,000 for "a widely used validator").
 * For comparison it also counts what the regular expression most copied into Chinese front-end validators refuses
 * ({@link #COMMON_REGEX}: two characters of the alphabet, six digits, ten characters), and how many codes have the
 * check character 0 because Σ mod 31 = 0 — the case validators that forget "31 → 0" refuse.
 *
 * <p>Arguments: number of codes (default 300000).
 */
public final class CreditCodeCensus {
    /** The pattern of the widely copied "统一社会信用代码" regular expression (any-rule and its copies). */
    static final Pattern COMMON_REGEX = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");

    private CreditCodeCensus() {
    }

    /** The counts of one census. */
    record Result(int codes, int refused, Map<ErrorCode, Integer> byCode, int commonRegexRefused,
            int checkZeroFromSumZero) {
    }

    static Result census(int n, long seed) {
        RandomCreditCodes codes = new RandomCreditCodes(seed);
        Map<ErrorCode, Integer> byCode = new EnumMap<>(ErrorCode.class);
        int refused = 0;
        int regex = 0;
        int sumZero = 0;
        for (int i = 0; i < n; i++) {
            String code = codes.next();
            try {
                CreditCode.parse(code);
            } catch (DomainException e) {
                refused++;
                byCode.merge(e.code(), 1, Integer::sum);
            }
            if (!COMMON_REGEX.matcher(code).matches()) {
                regex++;
            }
            if (sumMod31(code) == 0) {
                sumZero++;
            }
        }
        return new Result(n, refused, byCode, regex, sumZero);
    }

    private static int sumMod31(String code) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        return sum % 31;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        Result r = census(n, RandomCreditCodes.SEED);
        System.out.printf("FIGURE credit-code-structure: of %,d random codes with a right GB 32100 check character "
                + "(seed %d), the whole-structure rule refuses %,d (%.2f%%): authority/type %,d, region %,d, "
                + "GB 11714 organisation code %,d; accepted %,d%n", r.codes(), RandomCreditCodes.SEED, r.refused(),
                100.0 * r.refused() / r.codes(), r.byCode().getOrDefault(ErrorCode.CREDIT_CODE_AUTHORITY, 0),
                r.byCode().getOrDefault(ErrorCode.CREDIT_CODE_REGION, 0),
                r.byCode().getOrDefault(ErrorCode.CREDIT_CODE_ORGANIZATION_CODE, 0), r.codes() - r.refused());
        System.out.printf("FIGURE credit-code-comparison: on the same codes the widely copied regular expression "
                + "(2 characters, 6 digits, 10 characters) refuses %,d; %,d have check character 0 from "
                + "sum mod 31 = 0 (refused by validators that forget 31 -> 0; expected n/31 = %,d)%n",
                r.commonRegexRefused(), r.checkZeroFromSumZero(), r.codes() / 31);
    }
}
