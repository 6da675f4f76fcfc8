package org.yichuang.client.intake.rare;

import java.util.Locale;

/**
 * A character typed by its code point (生僻字 the input method lacks): {@code U+20BB7}, {@code u+20bb7} or
 * {@code 20BB7}. Only ideographs and other letters are accepted: a name never holds a control or private-use code.
 */
public final class CodePointInput {
    private CodePointInput() {
    }

    /**
     * Returns the character as a string (two UTF-16 units for Extensions B–F), or null when {@code text} is not the
     * code point of a letter.
     */
    public static String parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("U+")) {
            t = t.substring(2);
        }
        if (!t.matches("[0-9A-F]{4,6}")) {
            return null;
        }
        int cp = Integer.parseInt(t, 16);
        if (!Character.isValidCodePoint(cp) || !Character.isLetter(cp)) {
            return null;
        }
        return new String(Character.toChars(cp));
    }
}
