package org.yichuang.server.auth;

import java.time.Instant;
import java.time.ZoneId;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.StaffInfo;

/**
 * Who is calling: the signed-in staff member (工作人员), the session and, for window clerks, the counter (窗口).
 *
 * @param counterId null when signed in without a counter
 * @param hallZone  the time zone of the counter's hall; without a counter, that of the (first) hall (never null)
 */
public record Principal(long staffId, long sessionId, StaffInfo staff, Long counterId, CounterInfo counter,
        ZoneId hallZone, Instant expiresAt) {
}
