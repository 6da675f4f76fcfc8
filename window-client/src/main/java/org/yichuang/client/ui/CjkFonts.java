package org.yichuang.client.ui;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import javax.swing.UIManager;

/**
 * Makes sure Chinese renders as glyphs, not boxes, on counter PCs without a CJK system font.
 *
 * <p>Checks the logical Dialog font first (on Linux it is a fontconfig composite that already falls back to
 * any installed CJK font); only when it cannot show Chinese are the bundled Noto Sans SC faces registered.
 * That keeps start-up lean on machines that have a CJK font.
 *
 * <p>Rare name characters (生僻字) of CJK Extensions B–F are in neither Noto Sans SC nor most system fonts: the
 * bundled HanaMinB is appended to the look and feel's fonts as their last fallback ({@link #chainFallback}).
 */
public final class CjkFonts {
    /** The text that must render. */
    public static final String SAMPLE = "一窗综合受理";

    /** The look-and-feel keys whose fonts get the fallback: FlatLaf derives every component's font from these. */
    static final List<String> CHAINED_KEYS = List.of("defaultFont", "monospaced.font");
    /** The first ideograph of CJK Extensions B, C, D, E and F: a font showing all five needs no fallback. */
    public static final String EXTENSIONS_B_TO_F = new StringBuilder().appendCodePoint(0x20000)
            .appendCodePoint(0x2A700).appendCodePoint(0x2B740).appendCodePoint(0x2B820).appendCodePoint(0x2CEB0)
            .toString();

    private CjkFonts() {
    }

    /** Reads a bundled TrueType face as a 1-point AWT font (HanaMinB is ~30 MB: call it off the EDT). */
    public static Font load(URL face) {
        try (InputStream in = face.openStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + face, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad bundled font " + face, e);
        }
    }

    /**
     * Appends {@code fallback} to the end of the look and feel's font chains ({@link #CHAINED_KEYS}), so characters
     * no other face has come from it. Call on the EDT after the look and feel is set up, before building windows.
     *
     * @return true when every key's font now falls back to it; false when the JVM does not allow it (see
     *         {@link FontChain}) and the fonts were left as they were
     */
    public static boolean chainFallback(Font fallback) {
        boolean all = true;
        for (String key : CHAINED_KEYS) {
            Font font = UIManager.getFont(key);
            if (font == null || font.canDisplayUpTo(EXTENSIONS_B_TO_F) == -1) {
                continue;   // chained before (a theme switch, tests), or the system's fonts cover them
            }
            Optional<Font> chained = FontChain.append(font, fallback);
            if (chained.isPresent()) {
                UIManager.put(key, chained.get());
            } else {
                all = false;
            }
        }
        return all;
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
