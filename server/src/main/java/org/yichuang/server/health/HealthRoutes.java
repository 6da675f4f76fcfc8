package org.yichuang.server.health;

import io.javalin.http.Context;

/** GET /health: 200 {"status":"UP"} or 503 with a code. */
public final class HealthRoutes {
    private final HealthService health;

    /** Serves the service's answer. */
    public HealthRoutes(HealthService health) {
        this.health = health;
    }

    /** GET /health. */
    public void check(Context ctx) {
        if (health.isUp()) {
            ctx.json(java.util.Map.of("status", "UP"));
        } else {
            ctx.status(503).json(new HealthStatus("DOWN", "DATABASE_UNAVAILABLE", "数据库无应答。"));
        }
    }
}
