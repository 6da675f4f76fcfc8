package org.yichuang.server.queue.figures;

import io.javalin.http.Context;
import org.yichuang.server.auth.AuthHandler;

/** HTTP for the daily queue figures. */
public final class QueueFiguresRoutes {
    private final QueueFiguresService figures;

    /** Serves {@code figures}. */
    public QueueFiguresRoutes(QueueFiguresService figures) {
        this.figures = figures;
    }

    /** GET /api/queue/figures?day=YYYY-MM-DD. */
    public void figures(Context ctx) {
        ctx.json(figures.figures(AuthHandler.principal(ctx), ctx.queryParam("day")));
    }
}
