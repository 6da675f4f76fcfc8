package org.yichuang.reports.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The CJK fonts bundled in the reports jar (内置中文字体): Noto Sans SC (SIL Open Font License 1.1) and, for the
 * rare characters (生僻字) of CJK Extensions B–F that Noto Sans SC lacks, the fallback HanaMinB (花園明朝B;
 * Hanazono Font License or SIL OFL 1.1).
 *
 * <p>Reports use them through the JasperReports font extension as the font set {@link #REPORT_FAMILY}, which
 * takes each character from the first of the two that has it. Swing can register the same TTFs with
 * {@code GraphicsEnvironment.registerFont}; AWT then knows them by the families inside the files,
 * {@link #AWT_FAMILY} and {@link #FALLBACK_AWT_FAMILY}. The class holds no state.
 */
public final class BundledFonts {
    /** Font family name used in the report templates (fonts.xml). */
    public static final String REPORT_FAMILY = "Yichuang Sans";
    /** Family name AWT/Swing reports after registering the TTFs (the name inside the font files). */
    public static final String AWT_FAMILY = "Noto Sans SC";
    /** Family name AWT/Swing reports for the fallback TTF (CJK Extensions B–F). */
    public static final String FALLBACK_AWT_FAMILY = "HanaMinB";

    private static final String DIR = "/org/yichuang/reports/fonts/";

    private BundledFonts() {
    }

    /** Returns the classpath resource of the regular weight (常规体) TTF. */
    public static URL regular() {
        return resource("NotoSansSC-Regular.ttf");
    }

    /** Returns the classpath resource of the bold weight (粗体) TTF. */
    public static URL bold() {
        return resource("NotoSansSC-Bold.ttf");
    }

    /** Returns the classpath resource of the font licence text (SIL OFL 1.1). */
    public static URL license() {
        return resource("OFL.txt");
    }

    /**
     * Returns the classpath resource of the fallback TTF, HanaMinB: the ideographs of CJK Extensions B, C, D, E
     * and F (GB 18030-2022 implementation level 3); Noto Sans SC is used for everything it has.
     */
    public static URL fallback() {
        return resource("HanaMinB.ttf");
    }

    /** Returns the classpath resource of the fallback font's licence (Debian's copyright file of fonts-hanazono). */
    public static URL fallbackLicense() {
        return resource("HanaMinB-LICENSE.txt");
    }

    /** Opens the regular TTF; the caller closes the stream. */
    public static InputStream openRegular() {
        return open(regular());
    }

    /** Opens the bold TTF; the caller closes the stream. */
    public static InputStream openBold() {
        return open(bold());
    }

    /** Creates 1-point AWT fonts from both TTFs (regular, bold), e.g. for {@code registerFont}. */
    public static Font[] createAwtFonts() {
        return new Font[] {createAwtFont(regular()), createAwtFont(bold())};
    }

    /** Creates a 1-point AWT font from a bundled TTF resource. */
    public static Font createAwtFont(URL ttf) {
        try (InputStream in = ttf.openStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font is not a TrueType font: " + ttf, e);
        }
    }

    private static URL resource(String name) {
        URL url = BundledFonts.class.getResource(DIR + name);
        if (url == null) {
            // The build fetches the fonts from npm and fails without them, so this means a broken jar.
            throw new IllegalStateException("bundled font resource missing: " + DIR + name);
        }
        return url;
    }

    private static InputStream open(URL url) {
        try {
            return url.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
