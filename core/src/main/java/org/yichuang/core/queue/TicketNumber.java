package org.yichuang.core.queue;

import java.util.Locale;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * A ticket's number (排队号): the category's prefix letter and its daily sequence, printed with at least three digits
 * ({@code A012}; RULES.md §8.2). Numbering restarts every day per category, so a number names a ticket only together
 * with its category and day.
 *
 * @param prefix   the category's letter, A–Z
 * @param sequence the day's sequence, from 1
 */
public record TicketNumber(char prefix, int sequence) {
    /** The highest sequence a day can reach: four digits, far above any hall's daily volume (RULES.md §8.4). */
    public static final int MAX_SEQUENCE = 9999;

    /** Checks the letter and the range. */
    public TicketNumber {
        if (!isPrefix(prefix)) {
            throw new DomainException(ErrorCode.TICKET_NUMBER_INVALID,
                    "排队号前缀“" + prefix + "”不正确，应为一个大写字母 A–Z。");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new DomainException(ErrorCode.TICKET_NUMBER_INVALID,
                    "排队号序号 " + sequence + " 超出范围（1–" + MAX_SEQUENCE + "）。");
        }
    }

    /** Returns true for a letter a category may use as its prefix. */
    public static boolean isPrefix(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Reads a number as a clerk types it or a scanner reads it: case and surrounding blanks do not matter, full-width
     * letters and digits are accepted ({@code ａ０１２} is {@code A012}).
     */
    public static TicketNumber parse(String raw) {
        String text = raw == null ? "" : halfWidth(raw.strip()).toUpperCase(Locale.ROOT);
        if (text.length() < 2 || text.length() > 5 || !isPrefix(text.charAt(0))
                || !text.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DomainException(ErrorCode.TICKET_NUMBER_INVALID,
                    "排队号“" + (raw == null ? "" : raw.strip()) + "”格式不正确，应如 A012（字母加数字）。");
        }
        return new TicketNumber(text.charAt(0), Integer.parseInt(text.substring(1)));
    }

    private static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    /** Returns the printed form, e.g. {@code A012}. */
    @Override
    public String toString() {
        return prefix + String.format(Locale.ROOT, "%03d", sequence);
    }
}
