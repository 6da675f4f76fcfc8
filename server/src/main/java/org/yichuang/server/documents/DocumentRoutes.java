package org.yichuang.server.documents;

import io.javalin.http.Context;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.auth.AuthHandler;

/** HTTP for a case's documents (文书): the list, the stored originals and 副本. */
public final class DocumentRoutes {
    private static final int MAX_CASE_NO = 80;

    private final DocumentService service;

    /** Serves the service's answers. */
    public DocumentRoutes(DocumentService service) {
        this.service = service;
    }

    /** GET /api/cases/{caseNo}/documents. */
    public void list(Context ctx) {
        ctx.json(service.list(AuthHandler.principal(ctx), caseNo(ctx)));
    }

    /** GET /api/cases/{caseNo}/documents/{id}/pdf?paper=A4|RECEIPT_80MM (A4 when not given): the stored original. */
    public void pdf(Context ctx) {
        pdf(ctx, service.original(AuthHandler.principal(ctx), caseNo(ctx), id(ctx), ctx.queryParam("paper")));
    }

    /** POST /api/cases/{caseNo}/documents/{id}/copies?paper=: a 副本, counted and audited. */
    public void copy(Context ctx) {
        pdf(ctx, service.copy(AuthHandler.principal(ctx), caseNo(ctx), id(ctx), ctx.queryParam("paper")));
    }

    private static void pdf(Context ctx, byte[] pdf) {
        // personal data: no cache may keep it
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf").result(pdf);
    }

    private static String caseNo(Context ctx) {
        String caseNo = ctx.pathParam("caseNo");
        if (caseNo.length() > MAX_CASE_NO) {
            throw new DomainException(ErrorCode.CASE_NOT_FOUND);
        }
        return caseNo;
    }

    private static long id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,18}")) {
            throw new DomainException(ErrorCode.DOCUMENT_NOT_FOUND, "文书编号“" + (id.length() > 20
                    ? id.substring(0, 20) + "…" : id) + "”无效。");
        }
        return Long.parseLong(id);
    }
}
