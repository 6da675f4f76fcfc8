package org.yichuang.server.cases.status;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.account.ClientAddress;
import org.yichuang.server.web.AttemptBuckets;

/**
 * {@code GET /s/{caseNo}}: the public status page the notices' QR code opens (no sign-in). It asks for the 查询密码
 * first and shows nothing of the case before it; {@code POST /s/{caseNo}} with the password (a form field, never in
 * the URL, which proxies and browser histories keep) answers the status.
 *
 * <p>Guessing is limited twice: per address (a burst of 10, then one try every 6 s) and per case number (a burst of
 * 5, then one every 5 minutes), so many addresses together still get about 300 tries a day at one case against
 * 31^8 passwords. A refused try costs no database.
 */
public final class StatusRoutes {
    private static final String HTML = "text/html; charset=utf-8";
    private static final int MAX_CASE_NO = 60;

    private final StatusService service;
    private final StatusPage page;
    private final Clock clock;
    private final AttemptBuckets perAddress = new AttemptBuckets(10, Duration.ofSeconds(6), 10_000);
    private final AttemptBuckets perCase = new AttemptBuckets(5, Duration.ofMinutes(5), 100_000);

    public StatusRoutes(StatusService service, StatusPage page, Clock clock) {
        this.service = service;
        this.page = page;
        this.clock = clock;
    }

    /** GET /s/{caseNo}: the password form. */
    public void form(Context ctx) {
        String caseNo = caseNo(ctx);
        html(ctx).result(page.form(caseNo, CaseAccess.path(caseNo), null));
    }

    /** POST /s/{caseNo}: the status, or the form again with why not (401, 429). */
    public void query(Context ctx) {
        String caseNo = caseNo(ctx);
        String network = ClientAddress.of(ctx.req().getRemoteAddr());
        Duration wait = perAddress.take(network, clock.instant());
        if (wait.isZero()) {
            wait = perCase.take(caseNo, clock.instant());
        }
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ctx.header("Retry-After", String.valueOf(seconds));
            html(ctx.status(ErrorCode.STATUS_RATE_LIMITED.httpStatus())).result(page.form(caseNo,
                    CaseAccess.path(caseNo), "查询过于频繁，请 " + seconds + " 秒后再试。"));
            return;
        }
        String password = ctx.formParam("password");
        try {
            StatusView view = service.query(caseNo, password == null ? "" : password, network);
            html(ctx).result(page.status(view));
        } catch (DomainException e) {
            if (e.code() != ErrorCode.STATUS_PASSWORD_WRONG) {
                throw e;
            }
            html(ctx.status(e.code().httpStatus())).result(page.form(caseNo, CaseAccess.path(caseNo),
                    e.code().defaultMessage()));
        }
    }

    private static String caseNo(Context ctx) {
        String s = ctx.pathParam("caseNo").strip();
        return s.length() > MAX_CASE_NO ? s.substring(0, MAX_CASE_NO) : s;
    }

    private Context html(Context ctx) {
        // a status is personal enough: no cache keeps it, no referrer carries the case number on
        return ctx.contentType(HTML).header("Content-Security-Policy", page.contentSecurityPolicy())
                .header("Cache-Control", "no-store");
    }
}
