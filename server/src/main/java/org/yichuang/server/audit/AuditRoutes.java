package org.yichuang.server.audit;

import io.javalin.http.Context;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** HTTP for the audit log. */
public final class AuditRoutes {
    private final AuditService audit;

    /** Serves the service's answers. */
    public AuditRoutes(AuditService audit) {
        this.audit = audit;
    }

    /** GET /api/audit?limit=N (default 100). */
    public void recent(Context ctx) {
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .getOrDefault(100);
        if (limit < 1 || limit > AuditService.MAX_LIMIT) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST, "limit 应在 1 到 " + AuditService.MAX_LIMIT + " 之间。");
        }
        ctx.json(audit.recent(limit));
    }
}
