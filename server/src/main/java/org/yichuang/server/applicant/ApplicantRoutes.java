package org.yichuang.server.applicant;

import io.javalin.http.Context;
import org.yichuang.core.api.ApplicantLookup;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.RequestBodies;

/** HTTP for returning applicants (申请人查询). */
public final class ApplicantRoutes {
    private final ApplicantService applicants;
    private final RequestBodies bodies;

    /** Serves the service. */
    public ApplicantRoutes(ApplicantService applicants, RequestBodies bodies) {
        this.applicants = applicants;
        this.bodies = bodies;
    }

    /** POST /api/applicants/lookup {documentType, documentNumber} or {creditCode}: the stored applicant, or 404. */
    public void lookup(Context ctx) {
        ctx.json(applicants.find(AuthHandler.principal(ctx), bodies.read(ctx, ApplicantLookup.class)));
    }
}
