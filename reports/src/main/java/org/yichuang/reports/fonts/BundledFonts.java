package org.yichuang.reports.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The CJK font bundled in the reports jar (内置中文字体): Noto Sans SC, SIL Open Font License 1.1.
 *
 * <p>Reports use it through the JasperReports font extension as {@link #REPORT_FAMILY}. Swing can register
 * the same TTFs with {@code GraphicsEnvironment.registerFont} when the system has no CJK font; AWT then
 * knows them by the family inside the file, {@link #AWT_FAMILY}. The class holds no state.
 */
public final class BundledFonts {
    /** Font family name used in the report templates (fonts.xml). */
    public static final String REPORT_FAMILY = "Yichuang Sans";
    /** Family name AWT/Swing reports after registering the TTFs (the name inside the font files). */
    public static final String AWT_FAMILY = "Noto Sans SC";

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
