package org.yichuang.server.cases.bundle;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewBundleCase;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.cases.lifecycle.LifecycleRoutes;
import org.yichuang.server.web.RequestBodies;

/** HTTP for 一件事 applications. */
public final class BundleCaseRoutes {
    private final BundleCaseService service;
    private final BundleIntakeService intakes;
    private final LifecycleRoutes single;
    private final RequestBodies bodies;

    /** Serves the services' answers; {@code single} answers the intake of a case that is no parent. */
    public BundleCaseRoutes(BundleCaseService service, BundleIntakeService intakes, LifecycleRoutes single,
            RequestBodies bodies) {
        this.service = service;
        this.intakes = intakes;
        this.single = single;
        this.bodies = bodies;
    }

    /** POST /api/bundle-cases: 201 when created, 200 when the same application was seen before. */
    public void create(Context ctx) {
        NewBundleCase request = bodies.read(ctx, NewBundleCase.class);
        BundleCaseService.Outcome outcome = service.create(AuthHandler.principal(ctx), request);
        ctx.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).json(outcome.receipt());
    }

    /** GET /api/bundle-cases/{caseNo}: the application of a parent's or a child's number. */
    public void get(Context ctx) {
        String caseNo = ctx.pathParam("caseNo");
        if (caseNo.length() > 80) {
            throw new DomainException(ErrorCode.CASE_NOT_FOUND);
        }
        ctx.json(service.view(AuthHandler.principal(ctx), caseNo));
    }

    /**
     * POST /api/cases/{caseNo}/intake: a 一件事 parent's number records the application's intake on every child and
     * answers the application's view ({@link org.yichuang.core.api.BundleCaseView}); any other number is a single
     * case's intake, answered by the lifecycle routes as before.
     */
    public void intake(Context ctx) {
        String caseNo = ctx.pathParam("caseNo");
        if (caseNo.length() <= 80 && intakes.isParent(caseNo)) {
            IntakeSubmission submission = bodies.read(ctx, IntakeSubmission.class);
            ctx.json(intakes.intake(AuthHandler.principal(ctx), caseNo, submission));
            return;
        }
        single.intake(ctx);
    }

    /**
     * POST /api/cases/{caseNo}/intake/options: for a 一件事 parent the outcomes lawful for the merged checklist (and
     * that checklist); any other number is a single case's, answered by the lifecycle routes as before.
     */
    public void intakeOptions(Context ctx) {
        String caseNo = ctx.pathParam("caseNo");
        if (caseNo.length() <= 80 && intakes.isParent(caseNo)) {
            IntakeSubmission submission = bodies.read(ctx, IntakeSubmission.class);
            ctx.json(intakes.options(AuthHandler.principal(ctx), caseNo, submission));
            return;
        }
        single.intakeOptions(ctx);
    }
}
