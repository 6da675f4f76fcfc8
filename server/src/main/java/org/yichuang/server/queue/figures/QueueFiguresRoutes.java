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

    /** GET /api/queue/figures/export.xlsx?day=YYYY-MM-DD: the day's figures as 排队日统计-yyyyMMdd.xlsx. */
    public void export(Context ctx) {
        QueueFiguresService.Export file = figures.export(AuthHandler.principal(ctx), ctx.queryParam("day"));
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.header("Content-Disposition", org.yichuang.server.web.Downloads.attachment(file.fileName(),
                "queue-figures" + file.fileName().substring(file.fileName().indexOf('-'))));
        ctx.result(file.content());
    }
}
