package org.yichuang.server.catalog;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.yichuang.core.api.ItemChange;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.RequestBodies;

/** HTTP for service items (事项). */
public final class ItemRoutes {
    private final CatalogService catalog;
    private final ItemEditService edits;
    private final RequestBodies bodies;

    /** Serves the services' answers. */
    public ItemRoutes(CatalogService catalog, ItemEditService edits, RequestBodies bodies) {
        this.catalog = catalog;
        this.edits = edits;
        this.bodies = bodies;
    }

    /** GET /api/items. */
    public void list(Context ctx) {
        ctx.json(catalog.list());
    }

    /** GET /api/catalog/items: every item's latest version, for the administrator. */
    public void listings(Context ctx) {
        ctx.json(catalog.listings());
    }

    /** GET /api/items/{code}: the version in force now. */
    public void get(Context ctx) {
        ctx.json(catalog.get(ctx.pathParam("code")));
    }

    /** GET /api/items/{code}/versions, newest first. */
    public void versions(Context ctx) {
        ctx.json(catalog.history(ctx.pathParam("code")));
    }

    /** PUT /api/items/{code}: 201 with the new version, or 200 with the latest one when nothing changed. */
    public void save(Context ctx) {
        ItemChange change = bodies.read(ctx, ItemChange.class);
        ItemEditService.Outcome outcome = edits.save(Actor.of(AuthHandler.principal(ctx)), ctx.pathParam("code"),
                change);
        ctx.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).json(outcome.version());
    }
}
