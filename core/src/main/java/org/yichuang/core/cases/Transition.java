package org.yichuang.core.cases;

import java.util.Objects;
import java.util.Set;
import org.yichuang.core.staff.Role;

/**
 * One row of the transition table: from any of {@code from}, {@code action} leads to {@code to}, made by one of
 * {@code roles} (empty: by the system only).
 *
 * @param to            null for {@link CaseAction#END_SPECIAL_PROCEDURE}: the state before the special procedure
 * @param immediateOnly only for 即办件 (Art. 34: decided on the spot)
 */
public record Transition(Set<CaseState> from, CaseAction action, CaseState to, Set<Role> roles,
        boolean immediateOnly) {
    /** Copies the sets. */
    public Transition {
        from = Set.copyOf(from);
        Objects.requireNonNull(action, "action");
        roles = Set.copyOf(roles);
        if (to == null && action != CaseAction.END_SPECIAL_PROCEDURE) {
            throw new IllegalArgumentException("only the end of a special procedure returns to an earlier state");
        }
    }

    /** Returns true when only the system makes this transition (视为受理). */
    public boolean bySystem() {
        return roles.isEmpty();
    }

    /** Returns the state the case goes to from this situation. */
    public CaseState target(CaseSituation situation) {
        return to != null ? to : situation.resumeState();
    }
}
