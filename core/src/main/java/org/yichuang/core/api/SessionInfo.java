package org.yichuang.core.api;

import java.time.Instant;

/**
 * A signed-in session: bearer token with its expiry, the staff member and the counter.
 *
 * @param counter null when the staff member signed in without a counter
 */
public record SessionInfo(String token, Instant expiresAt, StaffInfo staff, CounterInfo counter) {
    /** Never prints the token. */
    @Override
    public String toString() {
        return "SessionInfo[" + staff.username() + ", expires " + expiresAt + "]";
    }
}
