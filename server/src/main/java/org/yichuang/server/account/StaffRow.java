package org.yichuang.server.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.yichuang.core.staff.Role;

/** A staff (工作人员) row with its roles as a comma-separated list. */
public record StaffRow(long id, String username, String displayName, String passwordHash, boolean enabled,
        String roles) {

    /** Returns the roles as a set. */
    public Set<Role> roleSet() {
        return parseRoles(roles);
    }

    /** Parses a comma-separated role list. */
    static Set<Role> parseRoles(String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isEmpty()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
        }
        return set;
    }

    /** Never prints the hash. */
    @Override
    public String toString() {
        return "StaffRow[" + id + ", " + username + "]";
    }
}
