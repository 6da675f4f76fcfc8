package org.yichuang.server.web;

import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * The headers every answer carries. Nothing of ours may be sniffed into another type, framed or sent on as a
 * referrer; an API answer can hold a token, a name or an ID number, so no cache (browser or proxy) keeps one.
 */
public final class SecurityHeaders {
    /** For answers that are not HTML pages: nothing may load or frame them. */
    public static final String DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    private SecurityHeaders() {
    }

    /** Runs before every request: the common headers, and no-store under /api. */
    public static void apply(Context ctx) {
        common(ctx::header);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** Sets the headers every answer carries through {@code header(name, value)}. */
    static void common(BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Content-Security-Policy", DEFAULT_CSP);
    }
}
