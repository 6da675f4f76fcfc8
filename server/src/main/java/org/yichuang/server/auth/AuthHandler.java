package org.yichuang.server.auth;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Set;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** Checks the bearer token and the route's roles before every matched route. */
public final class AuthHandler {
    private static final String PRINCIPAL = "yichuang.principal";
    private static final String BEARER = "Bearer ";

    private final Authenticator accounts;

    /** Authenticates through the given authenticator (the account service). */
    public AuthHandler(Authenticator accounts) {
        this.accounts = accounts;
    }

    /** Runs as a before-matched handler: 401 without a valid session, 403 without a listed role. */
    public void check(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.contains(Access.PUBLIC)) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new DomainException(ErrorCode.AUTH_REQUIRED);
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new DomainException(ErrorCode.AUTH_TOKEN_INVALID);
        }
        Principal principal = accounts.authenticate(header.substring(BEARER.length()).strip());
        if (!allowed.contains(Access.SIGNED_IN)
                && principal.staff().roles().stream().noneMatch(r -> allowed.contains(new StaffRole(r)))) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    /** Returns the principal the check stored for this request. */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new DomainException(ErrorCode.AUTH_REQUIRED);
        }
        return principal;
    }
}
