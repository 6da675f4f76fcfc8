package org.yichuang.reports;

import java.awt.Font;
import java.util.List;

/**
 * Which characters the bundled fonts can draw (字库覆盖检查).
 *
 * <p>PDF export silently drops characters no font has. The bundled font set covers CJK up to Extension F; a
 * character beyond it (e.g. Extension G, or one not yet encoded) would vanish, and a receipt that prints "𠀀三"
 * as "三" would misstate the applicant. So characters none of the fonts has are replaced by {@link #PLACEHOLDER}
 * and the receipt says so.
 */
final class GlyphCoverage {
    /** 〓 (geta mark): the typesetters' sign for a character the type case lacks. */
    static final String PLACEHOLDER = "〓";

    private final List<Font> fonts;

    /** @param fonts the faces of the report font set, in the order JasperReports tries them */
    GlyphCoverage(List<Font> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** Returns true when every code point of the text has a glyph in one of the fonts. */
    boolean canDisplay(String text) {
        return text == null || text.codePoints().allMatch(this::canDisplay);
    }

    /** Returns the text with each code point no font has replaced by {@link #PLACEHOLDER}. */
    String printable(String text) {
        if (canDisplay(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(PLACEHOLDER);
            }
        });
        return out.toString();
    }

    private boolean canDisplay(int codePoint) {
        for (Font font : fonts) {
            if (font.canDisplay(codePoint)) {
                return true;
            }
        }
        return false;
    }
}
