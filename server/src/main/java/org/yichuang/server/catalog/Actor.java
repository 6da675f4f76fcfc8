package org.yichuang.server.catalog;

import org.yichuang.server.auth.Principal;

/**
 * Who changes the catalog: a signed-in staff member, or the system (the demo seed).
 *
 * @param staffId null for the system
 */
public record Actor(Long staffId, String username) {
    /** The system itself; its versions read {@code recordedBy: "system"}. */
    public static final Actor SYSTEM = new Actor(null, VersionRow.SYSTEM);

    /** Returns the signed-in caller. */
    public static Actor of(Principal principal) {
        return new Actor(principal.staffId(), principal.staff().username());
    }
}
