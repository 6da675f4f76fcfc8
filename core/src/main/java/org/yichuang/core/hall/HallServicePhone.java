package org.yichuang.core.hall;

import java.util.Optional;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * A hall's 咨询电话 or 监督投诉电话 as every notice prints it. Not an applicant's {@code PhoneNumber}: halls publish
 * short hotlines (12345) and grouped service numbers (400-123-4567) as well as landlines (0771-5551234), so the rule
 * is only digits in groups joined by single dashes, 3–20 characters. Full-width digits and dashes are tidied first.
 */
public final class HallServicePhone {
    /** The shortest number: 110-style and 12345-style hotlines. */
    public static final int MIN_LENGTH = 3;
    /** The longest number, dashes included. */
    public static final int MAX_LENGTH = 20;

    private HallServicePhone() {
    }

    /**
     * Returns the tidied number, or empty for a blank entry (the hall has none).
     *
     * @param label the field's Chinese name for the message, e.g. 咨询电话
     * @throws DomainException HALL_SERVICE_PHONE_INVALID naming the field and what is wrong
     */
    public static Optional<String> parse(String raw, String label) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        raw.strip().codePoints().forEach(cp -> {
            int c = cp >= 0xFF10 && cp <= 0xFF19 ? cp - 0xFEE0 : cp;
            s.appendCodePoint(c == 0xFF0D || c == '\u2010' || c == '\u2013' || c == '\u2014' || c == '\u2212' ? '-'
                    : c);
        });
        String v = s.toString();
        if (!v.matches("[0-9-]*")) {
            throw invalid(label + "只能包含数字和“-”，如 0771-5551234 或 12345。");
        }
        if (v.length() < MIN_LENGTH || v.length() > MAX_LENGTH) {
            throw invalid(label + "应为 " + MIN_LENGTH + "–" + MAX_LENGTH + " 个字符，现为 " + v.length() + " 个。");
        }
        if (v.startsWith("-") || v.endsWith("-") || v.contains("--")) {
            throw invalid(label + "的“-”只能用在两组数字之间。");
        }
        return Optional.of(v);
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.HALL_SERVICE_PHONE_INVALID, message);
    }
}
