package org.yichuang.server.catalog;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.RequestBodies;

/** HTTP for bundles (一件事). */
public final class BundleRoutes {
    private final BundleService bundles;
    private final RequestBodies bodies;

    /** Serves the service's answers. */
    public BundleRoutes(BundleService bundles, RequestBodies bodies) {
        this.bundles = bundles;
        this.bodies = bodies;
    }

    /** GET /api/bundles. */
    public void list(Context ctx) {
        ctx.json(bundles.list());
    }

    /** PUT /api/bundles/{code}: 200 with the bundle as stored. */
    public void save(Context ctx) {
        ServiceBundle bundle = bodies.read(ctx, ServiceBundle.class);
        ctx.json(bundles.save(Actor.of(AuthHandler.principal(ctx)), ctx.pathParam("code"), bundle));
    }

    /** DELETE /api/bundles/{code}: 204. */
    public void delete(Context ctx) {
        bundles.delete(Actor.of(AuthHandler.principal(ctx)), ctx.pathParam("code"));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
