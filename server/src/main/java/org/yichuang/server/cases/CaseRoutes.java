package org.yichuang.server.cases;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.RequestBodies;

/** HTTP for cases (办件). */
public final class CaseRoutes {
    private final CaseService cases;
    private final RequestBodies bodies;

    /** Serves the service's answers. */
    public CaseRoutes(CaseService cases, RequestBodies bodies) {
        this.cases = cases;
        this.bodies = bodies;
    }

    /** POST /api/cases: 201 when created, 200 when the same submission was seen before. */
    public void create(Context ctx) {
        NewCase request = bodies.read(ctx, NewCase.class);
        CaseService.Outcome outcome = cases.create(AuthHandler.principal(ctx), request);
        ctx.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).json(outcome.receipt());
    }

    /** GET /api/cases/{caseNo}. */
    public void get(Context ctx) {
        String caseNo = ctx.pathParam("caseNo");
        if (caseNo.length() > 80) {
            throw new DomainException(ErrorCode.CASE_NOT_FOUND);
        }
        ctx.json(cases.get(AuthHandler.principal(ctx), caseNo));
    }
}
