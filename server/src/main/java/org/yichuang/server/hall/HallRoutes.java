package org.yichuang.server.hall;

import io.javalin.http.Context;

/** HTTP for the hall. */
public final class HallRoutes {
    private final HallService hall;

    /** Serves the service's answers. */
    public HallRoutes(HallService hall) {
        this.hall = hall;
    }

    /** GET /api/hall. */
    public void info(Context ctx) {
        ctx.json(hall.info());
    }
}
