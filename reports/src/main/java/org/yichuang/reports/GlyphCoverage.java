package org.yichuang.reports;

import java.awt.Font;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontSetInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.yichuang.reports.fonts.BundledFonts;

/**
 * Which characters the bundled fonts can draw (字库覆盖检查).
 *
 * <p>PDF export silently drops characters no font has. The bundled font set covers CJK up to Extension F; a
 * character beyond it (e.g. Extension G, or one not yet encoded) would vanish, and a receipt that prints "𠀀三"
 * as "三" would misstate the applicant. So characters none of the fonts has are replaced by {@link #PLACEHOLDER}
 * and the receipt says so.
 */
public final class GlyphCoverage {
    /** 〓 (geta mark): the typesetters' sign for a character the type case lacks. */
    public static final String PLACEHOLDER = "〓";

    private final List<Font> fonts;

    /** @param fonts the faces of the report font set, in the order JasperReports tries them */
    GlyphCoverage(List<Font> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** Returns true when every code point of the text has a glyph in one of the fonts. */
    public boolean canDisplay(String text) {
        return text == null || text.codePoints().allMatch(this::canDisplay);
    }

    /** Returns the text with each code point no font has replaced by {@link #PLACEHOLDER}. */
    public String printable(String text) {
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

    /**
     * The faces of the report font set, in its order, as the font extension loaded them: the check sees exactly what
     * the exporters will use, and HanaMinB (30 MB) is read once per JVM, not twice.
     */
    public static GlyphCoverage ofReportFonts() {
        FontSetInfo set = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getFontSetInfo(BundledFonts.REPORT_FAMILY, Locale.SIMPLIFIED_CHINESE, false);
        if (set == null) {
            throw new IllegalStateException("font set missing from the font extension: " + BundledFonts.REPORT_FAMILY);
        }
        return new GlyphCoverage(set.getFamilies().stream()
                .map(family -> family.getFontFamily().getNormalFace().getFont()).toList());
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
