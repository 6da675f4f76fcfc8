package org.yichuang.core.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A signed-in session: bearer token with its expiry, the staff member, the counter and the hall's time zone.
 *
 * @param counter  null when the staff member signed in without a counter
 * @param hallZone the IANA id of the hall's time zone (大厅所在时区, e.g. {@code Asia/Shanghai}): the counter's hall, or
 *                 the (first) hall for a session without a counter. Every date the client shows or prints is a day
 *                 in this zone, whatever the PC's own zone is.
 */
public record SessionInfo(String token, Instant expiresAt, StaffInfo staff, CounterInfo counter, String hallZone) {
    /** Checks the zone id, so that a bad one fails where it comes in rather than at the first date. */
    public SessionInfo {
        Objects.requireNonNull(hallZone, "hallZone");
        ZoneId.of(hallZone);
    }

    /** Returns the hall's time zone. */
    public ZoneId zone() {
        return ZoneId.of(hallZone);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "SessionInfo[" + staff.username() + ", expires " + expiresAt + "]";
    }
}
