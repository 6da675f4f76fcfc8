package org.yichuang.server.demo;

import org.yichuang.core.staff.Role;

/** A demo staff account with its password, one per role. */
public record DemoAccount(Role role, String username, String displayName, String password) {
    /** Never prints the password. */
    @Override
    public String toString() {
        return "DemoAccount[" + role + ", " + username + "]";
    }
}
