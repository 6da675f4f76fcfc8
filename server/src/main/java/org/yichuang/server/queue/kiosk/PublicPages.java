package org.yichuang.server.queue.kiosk;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The queue's public pages — kiosk (/kiosk), booking (/booking), phone (/q/{token}) — and their scripts and style,
 * all served by the server (a hall network may have no internet; no CDN). The pages are static: what they show comes
 * from the JSON routes, so no personal or ticket data is ever written into markup. The policy lets them load only
 * their own scripts, style, images and JSON from this server, and no site may frame them.
 */
public final class PublicPages {
    /** Own files only: no inline script or style, no other origin, no framing, no form posts elsewhere. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, String> ASSET_TYPES = Map.of(
            "queue-public.css", "text/css; charset=utf-8",
            "kiosk.js", "text/javascript; charset=utf-8",
            "booking.js", "text/javascript; charset=utf-8",
            "phone.js", "text/javascript; charset=utf-8");

    private final Map<String, String> files;

    private PublicPages(Map<String, String> files) {
        this.files = files;
    }

    /** Reads the pages and assets from the classpath next to this class. */
    public static PublicPages load() {
        Map<String, String> files = new java.util.HashMap<>();
        for (String name : new String[] {"kiosk.html", "booking.html", "phone.html"}) {
            files.put(name, read(name));
        }
        ASSET_TYPES.keySet().forEach(name -> files.put(name, read(name)));
        return new PublicPages(Map.copyOf(files));
    }

    /** GET /kiosk. */
    public void kiosk(Context ctx) {
        page(ctx, "kiosk.html");
    }

    /** GET /booking. */
    public void booking(Context ctx) {
        page(ctx, "booking.html");
    }

    /** GET /q/{token}: the page reads its token from its address. */
    public void phone(Context ctx) {
        page(ctx, "phone.html");
    }

    /** GET /kiosk/assets/{name}: a listed asset, or 404. */
    public void asset(Context ctx) {
        String name = ctx.pathParam("name");
        String type = ASSET_TYPES.get(name);
        if (type == null) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("not found");
            return;
        }
        ctx.contentType(type).header("Cache-Control", "no-cache").result(files.get(name));
    }

    private void page(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8").header("Content-Security-Policy", CSP)
                .header("Cache-Control", "no-cache").result(files.get(name));
    }

    private static String read(String name) {
        try (InputStream in = PublicPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + PublicPages.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
