package org.yichuang.server.hall;

import io.javalin.http.Context;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.RequestBodies;

/** HTTP for the 大厅设置 (issue 10): {@code GET} and {@code PUT /api/hall/document-settings}, ADMIN only. */
public final class HallSettingsRoutes {
    private final HallDocumentSettingsService settings;
    private final RequestBodies bodies;

    /** Serves the service's answers. */
    public HallSettingsRoutes(HallDocumentSettingsService settings, RequestBodies bodies) {
        this.settings = settings;
        this.bodies = bodies;
    }

    /** GET /api/hall/document-settings. */
    public void get(Context ctx) {
        ctx.json(settings.current());
    }

    /** PUT /api/hall/document-settings. */
    public void save(Context ctx) {
        ctx.json(settings.save(AuthHandler.principal(ctx), bodies.read(ctx, HallDocumentSettings.class)));
    }
}
