package org.yichuang.client.ui;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;

/**
 * Makes sure Chinese renders as glyphs, not boxes, on counter PCs without a CJK system font.
 *
 * <p>Checks the logical Dialog font first (on Linux it is a fontconfig composite that already falls back to
 * any installed CJK font); only when it cannot show Chinese are the bundled Noto Sans SC faces registered.
 * That keeps start-up lean on machines that have a CJK font.
 */
public final class CjkFonts {
    /** The text that must render. */
    public static final String SAMPLE = "一窗综合受理";

    private CjkFonts() {
    }

    /** Returns true when the platform's default UI font already displays {@link #SAMPLE}. */
    public static boolean systemCanDisplayChinese() {
        return new Font(Font.DIALOG, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }

    /**
     * Registers the given TrueType faces with AWT and returns the family to prefer, or null when the system
     * font already shows Chinese (nothing is registered then).
     */
    public static String ensureChinese(String bundledFamily, List<URL> bundledFaces) {
        if (systemCanDisplayChinese()) {
            return null;
        }
        if (bundledFamily.equals(new Font(bundledFamily, Font.PLAIN, 12).getFamily(java.util.Locale.ROOT))) {
            return bundledFamily;   // registered earlier in this JVM (a theme switch, or tests)
        }
        GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (URL face : bundledFaces) {
            try (InputStream in = face.openStream()) {
                ge.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled font " + face, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bad bundled font " + face, e);
            }
        }
        return bundledFamily;
    }
}
