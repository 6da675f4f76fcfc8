package org.yichuang.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.ErrorResponse;
import org.yichuang.core.error.RetryLaterException;
import org.yichuang.server.db.DatabaseFailures;

/** Turns every failure into the JSON {@link ErrorResponse} with the code's HTTP status. */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    /** A broken rule: its own code and message. */
    public void domain(DomainException e, Context ctx) {
        drainUnreadBody(ctx);
        if (e instanceof RetryLaterException later) {
            ctx.header("Retry-After", String.valueOf(later.retryAfterSeconds()));
        }
        ctx.status(e.code().httpStatus()).json(ErrorResponse.of(e));
    }

    /** JSON that does not parse or fit the record. */
    public void malformed(MalformedBodyException e, Context ctx) {
        // the parser's message can quote the body, which may hold personal data: log only its type
        LOG.debug("malformed request body: {}", e.getCause().getClass().getSimpleName());
        answer(ctx, ErrorCode.MALFORMED_REQUEST, ErrorCode.MALFORMED_REQUEST.defaultMessage());
    }

    /** Javalin's own answers (unknown route, wrong method, too large). */
    public void http(HttpResponseException e, Context ctx) {
        answer(ctx, codeFor(e.getStatus()), codeFor(e.getStatus()).defaultMessage());
    }

    /**
     * Anything else: 500, and in the log the route and the failure's classes and stack, never its messages (a
     * failed insert's message quotes the bound names, phones and remarks).
     */
    public void unexpected(Exception e, Context ctx) {
        if (DatabaseFailures.isUnavailable(e)) {
            // expected while PostgreSQL restarts: the clerk retries; no stack trace, nothing that could quote values
            LOG.warn("database unavailable on {} {}: {}", ctx.method(),
                    ctx.endpoint() == null ? "?" : ctx.endpoint().path, DatabaseFailures.describe(e));
            answer(ctx, ErrorCode.DATABASE_UNAVAILABLE, ErrorCode.DATABASE_UNAVAILABLE.defaultMessage());
            return;
        }
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.endpoint() == null ? "?" : ctx.endpoint().path,
                RedactedFailure.of(e));
        answer(ctx, ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.defaultMessage());
    }

    /**
     * Rewrites Javalin's plain error answers (e.g. 404 for no route) into our JSON unless already JSON, or HTML from
     * the public guide pages, which answer people, not programs.
     */
    public void status(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && (type.startsWith("application/json") || type.startsWith("text/html"))) {
            return;
        }
        ErrorCode code = codeFor(ctx.status().getCode());
        answer(ctx, code, code.defaultMessage());
    }

    private static ErrorCode codeFor(int status) {
        return StatusCodes.forStatus(status, false);
    }

    private static void answer(Context ctx, ErrorCode code, String message) {
        drainUnreadBody(ctx);
        ctx.status(code.httpStatus()).json(new ErrorResponse(code.name(), message));
    }

    /** The most a refused upload is read before answering: a little more than the largest body any route takes. */
    private static final long DRAIN_LIMIT = 40L * 1024 * 1024;

    /**
     * Reads and drops what is left of a refused request's body (a file upload refused with 401, 403 or 413 before it
     * was read). Answering and closing while the client is still sending makes the kernel reset the connection, and
     * the reset can destroy the answer in flight: the client would see "connection reset" instead of our Chinese
     * message. Bounded, so a body larger than any route accepts still ends with a close.
     */
    private static void drainUnreadBody(Context ctx) {
        try {
            var in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
                total += n;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // already read, or the client gave up: nothing left to protect
        }
    }
}
