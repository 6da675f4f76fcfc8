package org.yichuang.core.identity;

import java.util.Locale;

/**
 * How a typed or read document number is tidied before it is checked: full-width characters (全角, as a Chinese
 * input method types them: {@code １１０１…Ｘ}) become ASCII, every kind of blank (also the ideographic space U+3000
 * and no-break spaces) is dropped, and letters become upper case. Nothing else is changed, so a wrong character
 * still fails the format check with a message instead of being silently guessed.
 */
public final class DocumentText {
    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private DocumentText() {
    }

    /** Returns the compact upper-case ASCII form; null stays null. */
    public static String compact(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            int c = cp >= FULL_WIDTH_FIRST && cp <= FULL_WIDTH_LAST ? cp - FULL_WIDTH_OFFSET : cp;
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
