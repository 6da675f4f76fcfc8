package org.yichuang.server.counter;

import io.javalin.http.Context;

/** HTTP for counters. */
public final class CounterRoutes {
    private final CounterService counters;

    /** Serves the service's answers. */
    public CounterRoutes(CounterService counters) {
        this.counters = counters;
    }

    /** GET /api/counters. */
    public void list(Context ctx) {
        ctx.json(counters.list());
    }
}
