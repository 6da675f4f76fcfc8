package org.yichuang.server.supervision;

import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.web.Downloads;

/** HTTP for the case lists, their export and the alert stream (红黄牌). */
public final class SupervisionRoutes {
    /** The .xlsx media type. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_EVENT_ID_DIGITS = 18;

    private final CaseListService lists;
    private final AlertStream stream;

    /** Serves the services' answers. */
    public SupervisionRoutes(CaseListService lists, AlertStream stream) {
        this.lists = lists;
        this.stream = stream;
    }

    /** Returns the alert stream these routes serve (the server starts and stops it). */
    public AlertStream stream() {
        return stream;
    }

    /** GET /api/cases: a {@code CaseListPage}; parameters in docs/api.md. */
    public void list(Context ctx) {
        Principal caller = AuthHandler.principal(ctx);
        ctx.json(lists.list(caller, CaseListFilters.list(ctx.queryParamMap(), CaseListService.supervises(caller))));
    }

    /** GET /api/cases/export.xlsx: the list's filters, every page, as a workbook named 办件清单-yyyyMMdd.xlsx. */
    public void export(Context ctx) {
        Principal caller = AuthHandler.principal(ctx);
        CaseListService.Export file = lists.export(caller,
                CaseListFilters.export(ctx.queryParamMap(), CaseListService.supervises(caller)));
        ctx.contentType(XLSX);
        ctx.header("Content-Disposition", Downloads.attachment(file.fileName(),
                "cases" + file.fileName().substring(file.fileName().indexOf('-'))));
        ctx.result(file.content());
    }

    /**
     * GET /api/alerts/stream: server-sent events, authenticated by the bearer header like every route (the Java
     * client sets it; a token in the address would end up in logs and histories). Resumes after the
     * {@code Last-Event-ID} header when given.
     */
    public void stream(Context ctx) {
        Principal caller = AuthHandler.principal(ctx);
        Long resumeAfter = lastEventId(ctx.header("Last-Event-ID"));
        String header = ctx.header("Authorization");
        String token = header.substring("Bearer ".length()).strip();
        new SseHandler(client -> stream.subscribe(client, caller, token, resumeAfter)).handle(ctx);
    }

    static Long lastEventId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_EVENT_ID_DIGITS || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DomainException(ErrorCode.ALERT_STREAM_EVENT_ID_INVALID);
        }
        return Long.parseLong(v);
    }
}
