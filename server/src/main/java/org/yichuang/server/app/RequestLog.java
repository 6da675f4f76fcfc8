package org.yichuang.server.app;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: method, matched route, status, time. Never bodies, query strings or headers. */
final class RequestLog implements RequestLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.yichuang.server.requests");

    @Override
    public void handle(@NotNull Context ctx, @NotNull Float executionTimeMs) {
        if (LOG.isInfoEnabled()) {
            // the route template, not the path: a path could carry whatever a caller typed
            String route = ctx.endpoint() == null ? "(no route)" : ctx.endpoint().path;
            LOG.info("{} {} {} {} ms", ctx.method(), route, ctx.status().getCode(), millis(executionTimeMs));
        }
    }

    /** "12.34": two decimals without java.util.Formatter, which cost more than a /health answer. */
    static String millis(float ms) {
        long hundredths = Math.round(ms * 100.0);
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
