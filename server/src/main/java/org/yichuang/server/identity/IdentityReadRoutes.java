package org.yichuang.server.identity;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.yichuang.core.api.IdentityReadNotice;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.RequestBodies;

/** HTTP for card reads at counters (读卡记录). */
public final class IdentityReadRoutes {
    private final IdentityReadService reads;
    private final RequestBodies bodies;

    /** Serves the service. */
    public IdentityReadRoutes(IdentityReadService reads, RequestBodies bodies) {
        this.reads = reads;
        this.bodies = bodies;
    }

    /** POST /api/identity-reads {cardKind}: 204 once the audit row is written. */
    public void record(Context ctx) {
        reads.record(AuthHandler.principal(ctx), bodies.read(ctx, IdentityReadNotice.class));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
