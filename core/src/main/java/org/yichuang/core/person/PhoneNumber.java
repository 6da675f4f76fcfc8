package org.yichuang.core.person;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.Masking;

/**
 * A contact phone number (联系电话) of an applicant or agent: a mainland mobile (1[3-9] + 9 digits) or a landline
 * with its area code and an optional extension (分机). The one rule for the counter's form and the server.
 *
 * <p>What people type is tidied first: full-width digits and signs, blanks, brackets, dots and dashes between digit
 * groups, a leading +86/0086, and 转/分机/EXT/X/# before an extension. The stored form is the mobile's 11 digits, or
 * {@code 0AA-NNNNNNNN} with {@code -EXT} appended. The area code is 3 digits for 010 and 02x and 4 for all others
 * (the national numbering plan), so {@code 01012345678} and {@code 010-12345678} store alike. A number without
 * area code is refused: the case may be called back from another district.
 */
public record PhoneNumber(String value, Kind kind) {
    /** The longest extension accepted. */
    public static final int MAX_EXTENSION_DIGITS = 6;
    private static final Pattern EXTENSION = Pattern.compile("^(.+?)(?:转|分机|EXT|X|#)(\\d+)$");
    private static final Pattern DASHED_EXTENSION = Pattern.compile("^(0\\d{2,3}-\\d+)-(\\d+)$");

    /** Mobile or landline. */
    public enum Kind { MOBILE, LANDLINE }

    /** Creates the value; use {@link #parse} for anything typed. */
    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
    }

    /** Returns null for a blank entry (the phone is optional), otherwise {@link #parse}. */
    public static PhoneNumber parseOptional(String raw) {
        return raw == null || tidy(raw).isEmpty() ? null : parse(raw);
    }

    /**
     * Parses and normalises a phone number.
     *
     * @throws DomainException {@code FIELD_REQUIRED} when blank, else {@code PHONE_INVALID} saying what is wrong
     */
    public static PhoneNumber parse(String raw) {
        String s = raw == null ? "" : tidy(raw);
        if (s.isEmpty()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写联系电话。");
        }
        boolean international = s.startsWith("+86") || s.startsWith("0086");
        if (international) {
            s = s.substring(s.startsWith("+") ? 3 : 4);
            if (s.startsWith("-")) {
                s = s.substring(1);
            }
        }
        String extension = null;
        Matcher ext = EXTENSION.matcher(s);
        if (ext.matches()) {
            s = ext.group(1);
            extension = ext.group(2);
        } else {
            Matcher dashed = DASHED_EXTENSION.matcher(s);
            if (dashed.matches()) {
                s = dashed.group(1);
                extension = dashed.group(2);
            }
        }
        String digits = s.replace("-", "");
        if (!digits.matches("\\d+") || s.startsWith("-") || s.endsWith("-") || s.contains("--")) {
            throw invalid("联系电话只能包含数字，以及区号、分机号之间的“-”。");
        }
        if (digits.matches("861[3-9]\\d{9}")) {
            // 86 + mobile typed without the plus sign
            digits = digits.substring(2);
        } else if (international && !digits.startsWith("0") && !digits.matches("1[3-9]\\d{9}")) {
            // +86 10 6234 5678: the trunk prefix 0 is dropped after the country code
            digits = "0" + digits;
        }
        if (digits.startsWith("1")) {
            return mobile(digits, extension);
        }
        if (!digits.startsWith("0")) {
            throw invalid("固定电话须带区号（如 0771-1234567）；手机号码应以 1 开头。");
        }
        int areaLength = digits.startsWith("010") || digits.startsWith("02") ? 3 : 4;
        if (digits.length() <= areaLength || digits.charAt(1) == '0') {
            throw invalid("区号不正确：区号为 010、02X 或 4 位（如 0771）。");
        }
        String subscriber = digits.substring(areaLength);
        if (subscriber.length() < 7 || subscriber.length() > 8) {
            throw invalid("固定电话号码（区号后）应为 7 或 8 位，现为 " + subscriber.length() + " 位。");
        }
        if (subscriber.charAt(0) == '0' || subscriber.charAt(0) == '1') {
            throw invalid("固定电话号码（区号后）不能以 0 或 1 开头。");
        }
        if (extension != null && (extension.isEmpty() || extension.length() > MAX_EXTENSION_DIGITS)) {
            throw invalid("分机号应为 1 至 " + MAX_EXTENSION_DIGITS + " 位数字。");
        }
        String value = digits.substring(0, areaLength) + "-" + subscriber + (extension == null ? "" : "-" + extension);
        return new PhoneNumber(value, Kind.LANDLINE);
    }

    private static PhoneNumber mobile(String digits, String extension) {
        if (digits.length() != 11) {
            throw invalid("手机号码应为 11 位，现为 " + digits.length() + " 位。");
        }
        if (digits.charAt(1) < '3') {
            throw invalid("手机号码第 2 位应为 3 至 9。");
        }
        if (extension != null) {
            throw invalid("手机号码没有分机号。");
        }
        return new PhoneNumber(digits, Kind.MOBILE);
    }

    /** Full-width → ASCII, upper case, without blanks, brackets and dots; dash-like signs become '-'. */
    private static String tidy(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            int c = cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212'
                    || c == '\u30FC' || c == '_') {
                c = '-';
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '(' && c != ')' && c != '.') {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static DomainException invalid(String why) {
        return new DomainException(ErrorCode.PHONE_INVALID, "联系电话格式不正确：" + why);
    }

    /** Returns the number masked for anything the public can see: 138****5678. */
    public String masked() {
        return Masking.phone(value);
    }

    /** Never prints the full number. */
    @Override
    public String toString() {
        return "PhoneNumber[" + masked() + "]";
    }
}
