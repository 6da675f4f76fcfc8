package org.yichuang.core.cases;

import java.util.Set;
import org.yichuang.core.staff.Role;

/**
 * Who makes a transition: a staff member with roles, or the system itself (the day sweep that deems a case accepted).
 *
 * @param roles the staff member's roles; empty for the system
 */
public record CaseActor(Set<Role> roles, boolean isSystem) {
    private static final CaseActor SYSTEM = new CaseActor(Set.of(), true);

    /** Copies the roles. */
    public CaseActor {
        roles = Set.copyOf(roles);
    }

    /** Returns a staff member with these roles. */
    public static CaseActor staff(Set<Role> roles) {
        return new CaseActor(roles, false);
    }

    /** Returns the system (系统自动). */
    public static CaseActor system() {
        return SYSTEM;
    }
}
