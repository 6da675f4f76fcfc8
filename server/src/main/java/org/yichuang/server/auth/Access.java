package org.yichuang.server.auth;

import io.javalin.security.RouteRole;

/** Route access that is not a staff role: open to all, or to anyone signed in. */
public enum Access implements RouteRole {
    /** No token needed (health, sign-in). */
    PUBLIC,
    /** Any valid session, whatever the roles. */
    SIGNED_IN
}
