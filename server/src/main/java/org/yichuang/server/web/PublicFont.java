package org.yichuang.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.yichuang.reports.fonts.BundledFonts;

/**
 * The Chinese web font of the public pages (公共页面字体): the kiosk, the display board, the booking, phone and case
 * status pages and the guide name it last in their font lists, so a kiosk or board PC without a CJK font of its own
 * shows Chinese, not boxes, on a hall network with no internet. It is the Noto Sans SC the notices embed (SIL OFL
 * 1.1), served by this server: the browser fetches it only when no earlier font in the list has the characters, then
 * keeps it (an ETag, cached a week).
 */
public final class PublicFont {
    /** Where the pages' {@code @font-face} points. */
    public static final String PATH = "/fonts/yichuang-sans.ttf";

    private volatile Loaded loaded;

    private record Loaded(byte[] ttf, String etag) {
    }

    /** GET {@value #PATH}: the font, or 304 when the browser's copy is current. */
    public void serve(Context ctx) {
        Loaded font = font();
        ctx.header("ETag", font.etag()).header("Cache-Control", "public, max-age=604800");
        if (font.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("font/ttf").result(font.ttf());
    }

    /** Read on the first request (10 MB that most servers, whose pages are seen on phones, never need). */
    private Loaded font() {
        Loaded f = loaded;
        if (f == null) {
            synchronized (this) {
                f = loaded;
                if (f == null) {
                    try (InputStream in = BundledFonts.regular().openStream()) {
                        byte[] ttf = in.readAllBytes();
                        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ttf));
                        f = new Loaded(ttf, "\"" + hash.substring(0, 32) + "\"");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                    loaded = f;
                }
            }
        }
        return f;
    }
}
