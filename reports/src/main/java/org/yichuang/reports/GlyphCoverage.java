package org.yichuang.reports;

import java.awt.Font;

/**
 * Which characters the bundled font can draw (字库覆盖检查).
 *
 * <p>PDF export silently drops characters the font lacks, e.g. rare name characters (生僻字) of CJK
 * Extension B and later. A receipt that prints "𠀀三" as "三" would misstate the applicant, so missing
 * characters are replaced by {@link #PLACEHOLDER} and the receipt says so.
 */
final class GlyphCoverage {
    /** 〓 (geta mark): the typesetters' sign for a character the type case lacks. */
    static final String PLACEHOLDER = "〓";

    private final Font font;

    GlyphCoverage(Font font) {
        this.font = font;
    }

    /** Returns true when every code point of the text has a glyph in the font. */
    boolean canDisplay(String text) {
        return text == null || font.canDisplayUpTo(text) == -1;
    }

    /** Returns the text with each code point the font lacks replaced by {@link #PLACEHOLDER}. */
    String printable(String text) {
        if (canDisplay(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (font.canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(PLACEHOLDER);
            }
        });
        return out.toString();
    }
}
