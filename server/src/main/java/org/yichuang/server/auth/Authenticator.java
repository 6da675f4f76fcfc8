package org.yichuang.server.auth;

import org.yichuang.core.error.DomainException;

/** Turns a bearer token into the caller (认证); the account feature implements it, this package only asks. */
@FunctionalInterface
public interface Authenticator {
    /**
     * Returns the principal of a valid session.
     *
     * @throws DomainException AUTH_TOKEN_INVALID when unknown, revoked, expired or the account is disabled
     */
    Principal authenticate(String token);
}
