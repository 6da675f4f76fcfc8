package org.yichuang.server.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.RequestBodies;

/** HTTP for sessions (登录/退出). */
public final class SessionRoutes {
    private final AccountService accounts;
    private final RequestBodies bodies;

    /** Serves the service's answers. */
    public SessionRoutes(AccountService accounts, RequestBodies bodies) {
        this.accounts = accounts;
        this.bodies = bodies;
    }

    /** POST /api/sessions. */
    public void signIn(Context ctx) {
        SignInRequest request = bodies.read(ctx, SignInRequest.class);
        if (request.username() == null || request.username().isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写用户名。");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写密码。");
        }
        if (request.username().length() > 100 || request.password().length() > 200) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG);
        }
        // the TCP peer, never X-Forwarded-For: a header is whatever the caller wants the limits to count
        ctx.json(accounts.signIn(request, ClientAddress.of(ctx.req().getRemoteAddr())));
    }

    /** GET /api/sessions/current. */
    public void current(Context ctx) {
        ctx.json(accounts.current(AuthHandler.principal(ctx)));
    }

    /** DELETE /api/sessions/current. */
    public void signOut(Context ctx) {
        accounts.signOut(AuthHandler.principal(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
