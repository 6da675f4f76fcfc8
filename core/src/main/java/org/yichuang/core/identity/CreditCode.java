package org.yichuang.core.identity;

import java.util.Map;
import java.util.Objects;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015), checked in its whole structure (RULES.md §7.2):
 * <ol>
 * <li>1st character: the registration authority (登记管理部门代码) of the standard's table;</li>
 * <li>2nd: an organisation type (机构类别代码) that authority registers;</li>
 * <li>3rd–8th: the six-digit region code (行政区划码) of the registering office — digits, not 000000; whether the
 * region still exists is not checked, since obsolete codes stay in codes issued under them;</li>
 * <li>9th–17th: the GB 11714 organisation code (组织机构代码) with its own MOD 11 check character;</li>
 * <li>18th: the GB 32100 MOD 31 check character.</li>
 * </ol>
 */
public record CreditCode(String value) {
    /** The code characters (GB 32100: digits and capitals without I, O, S, V, Z); the client checks typing with it. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /**
     * 登记管理部门代码 → the 机构类别代码 it may issue (GB 32100-2015 附录A, with the later codes A 中央军委改革和编制办公室
     * and N 农业农村 that the national platform issues). Each value names the authority for messages.
     */
    private static final Map<Character, Authority> AUTHORITIES = Map.ofEntries(
            Map.entry('1', new Authority("机构编制", "1239")),
            Map.entry('2', new Authority("外交", "19")),
            Map.entry('3', new Authority("司法行政", "1234569")),
            Map.entry('4', new Authority("文化", "19")),
            Map.entry('5', new Authority("民政", "1239")),
            Map.entry('6', new Authority("旅游", "129")),
            Map.entry('7', new Authority("宗教", "129")),
            Map.entry('8', new Authority("工会", "19")),
            Map.entry('9', new Authority("工商（市场监管）", "123")),
            Map.entry('A', new Authority("中央军委改革和编制办公室", "19")),
            Map.entry('N', new Authority("农业农村", "1239")),
            Map.entry('Y', new Authority("其他", "1")));

    private record Authority(String name, String types) {
    }

    /** Creates the value; use {@link #parse} for anything typed or imported. */
    public CreditCode {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses and validates a code; full-width characters, blanks and lower case are tidied first.
     *
     * @throws DomainException {@code FIELD_REQUIRED}, {@code CREDIT_CODE_INVALID} (length, alphabet, 18th
     *                         check character), {@code CREDIT_CODE_AUTHORITY}, {@code CREDIT_CODE_REGION} or
     *                         {@code CREDIT_CODE_ORGANIZATION_CODE}
     */
    public static CreditCode parse(String raw) {
        String s = DocumentText.compact(raw);
        if (s == null || s.isEmpty()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写统一社会信用代码。");
        }
        if (s.length() != 18) {
            throw new DomainException(ErrorCode.CREDIT_CODE_INVALID,
                    "统一社会信用代码应为 18 位，现为 " + s.length() + " 位。");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                throw new DomainException(ErrorCode.CREDIT_CODE_INVALID, "统一社会信用代码第 " + (i + 1)
                        + " 位“" + s.charAt(i) + "”不是代码字符（数字或除 I、O、S、V、Z 外的大写字母）。");
            }
        }
        if (checkCharacter(s) != s.charAt(17)) {
            throw new DomainException(ErrorCode.CREDIT_CODE_INVALID, "统一社会信用代码第 18 位校验码不正确，请核对。");
        }
        Authority authority = AUTHORITIES.get(s.charAt(0));
        if (authority == null) {
            throw new DomainException(ErrorCode.CREDIT_CODE_AUTHORITY, "统一社会信用代码第 1 位“" + s.charAt(0)
                    + "”不是登记管理部门代码（应为 1–9、A、N 或 Y）。");
        }
        if (authority.types().indexOf(s.charAt(1)) < 0) {
            throw new DomainException(ErrorCode.CREDIT_CODE_AUTHORITY, "统一社会信用代码第 2 位“" + s.charAt(1)
                    + "”不是" + authority.name() + "登记的机构类别（应为 " + String.join("、", authority.types().split(""))
                    + "）。");
        }
        String region = s.substring(2, 8);
        if (!region.matches("\\d{6}") || region.equals("000000")) {
            throw new DomainException(ErrorCode.CREDIT_CODE_REGION);
        }
        if (organizationCheck(s.substring(8, 16)) != s.charAt(16)) {
            throw new DomainException(ErrorCode.CREDIT_CODE_ORGANIZATION_CODE);
        }
        return new CreditCode(s);
    }

    /** Returns true when {@link #parse} accepts the code. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Returns the GB 32100 check character (MOD 31) for the first 17 characters, which must be of the alphabet. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * Returns the GB 11714 check character for an 8-character organisation-code body: digits count as themselves,
     * letters A=10 … Z=35; C = 11 − Σ(value × weight) mod 11, 10 → X, 11 → 0.
     */
    public static char organizationCheck(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body8.charAt(i), 36) * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** Returns the six-digit region code (登记管理机关行政区划码, 3rd–8th characters). */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** Returns the nine-character organisation code (组织机构代码, 9th–17th characters). */
    public String organizationCode() {
        return value.substring(8, 17);
    }
}
