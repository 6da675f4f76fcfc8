package org.yichuang.server.cases.lifecycle;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.SupplementSubmission;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.RequestBodies;

/** HTTP for a case's legal life: its view, its transitions and the explanation of its due dates. */
public final class LifecycleRoutes {
    private static final int MAX_CASE_NO = 80;

    private final TransitionService service;
    private final RequestBodies bodies;

    /** Serves the service's answers. */
    public LifecycleRoutes(TransitionService service, RequestBodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    /** GET /api/cases/{caseNo}/lifecycle. */
    public void view(Context ctx) {
        ctx.json(service.view(AuthHandler.principal(ctx), caseNo(ctx)));
    }

    /**
     * POST /api/cases/{caseNo}/transitions: 200 with the case's new view (also for a replayed request), as the service
     * wrote it for storing: not serialised a second time.
     */
    public void transition(Context ctx) {
        CaseTransitionRequest request = bodies.read(ctx, CaseTransitionRequest.class);
        ctx.contentType(ContentType.APPLICATION_JSON).result(service.transition(AuthHandler.principal(ctx),
                caseNo(ctx), request));
    }

    /** POST /api/cases/{caseNo}/intake: 200 with the case's new view (also for a replayed request). */
    public void intake(Context ctx) {
        IntakeSubmission submission = bodies.read(ctx, IntakeSubmission.class);
        ctx.contentType(ContentType.APPLICATION_JSON).result(service.intake(AuthHandler.principal(ctx), caseNo(ctx),
                submission));
    }

    /** POST /api/cases/{caseNo}/intake/options: the outcomes lawful for the checklist so far. */
    public void intakeOptions(Context ctx) {
        IntakeSubmission submission = bodies.read(ctx, IntakeSubmission.class);
        ctx.json(service.intakeOptions(AuthHandler.principal(ctx), caseNo(ctx), submission));
    }

    /** GET /api/cases/{caseNo}/intake: the recorded checklist and outcome, for the notices. */
    public void intakeView(Context ctx) {
        ctx.json(service.intakeView(AuthHandler.principal(ctx), caseNo(ctx)));
    }

    /** POST /api/cases/{caseNo}/supplements: 200 with the case's view (moved on when nothing is outstanding). */
    public void supplement(Context ctx) {
        SupplementSubmission submission = bodies.read(ctx, SupplementSubmission.class);
        ctx.contentType(ContentType.APPLICATION_JSON).result(service.supplement(AuthHandler.principal(ctx),
                caseNo(ctx), submission));
    }

    /** GET /api/cases/{caseNo}/deadline-explanation. */
    public void explanation(Context ctx) {
        ctx.json(service.explain(AuthHandler.principal(ctx), caseNo(ctx)));
    }

    private static String caseNo(Context ctx) {
        String caseNo = ctx.pathParam("caseNo");
        if (caseNo.length() > MAX_CASE_NO) {
            throw new DomainException(ErrorCode.CASE_NOT_FOUND);
        }
        return caseNo;
    }
}
