package org.yichuang.server.catalog;

import io.javalin.http.Context;

/** HTTP for the catalog. */
public final class ItemRoutes {
    private final CatalogService catalog;

    /** Serves the service's answers. */
    public ItemRoutes(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** GET /api/items. */
    public void list(Context ctx) {
        ctx.json(catalog.list());
    }
}
