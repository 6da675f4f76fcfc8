package org.yichuang.server.auth;

import io.javalin.security.RouteRole;
import org.yichuang.core.staff.Role;

/** A staff role (岗位) allowed on a route. */
public record StaffRole(Role role) implements RouteRole {

    /** Returns the route roles for the given staff roles. */
    public static RouteRole[] of(Role... roles) {
        RouteRole[] result = new RouteRole[roles.length];
        for (int i = 0; i < roles.length; i++) {
            result[i] = new StaffRole(roles[i]);
        }
        return result;
    }
}
