package org.yichuang.core.text;

/**
 * The rule for invisible characters (控制字符) in any text the API accepts: tab, line feed and carriage return are
 * text; every other C0 or C1 control, DEL and a broken surrogate pair is not. PostgreSQL cannot store NUL, printers
 * and terminals act on the others, and none of them can be typed at a counter.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** Returns the index of the first forbidden character, or -1 when the text is clean. */
    public static int firstIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns whether the text holds a forbidden character. */
    public static boolean presentIn(CharSequence text) {
        return firstIn(text) >= 0;
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
