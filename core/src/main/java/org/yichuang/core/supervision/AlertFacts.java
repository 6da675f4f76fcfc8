package org.yichuang.core.supervision;

import java.time.Instant;

/**
 * What the 红黄牌 level of one case depends on. Due instants are the ends of the due days (the hall's cut-off, or
 * 24:00 stored either as 23:59:59.999999 or as the next day's 00:00); a null due date is simply not judged.
 *
 * @param acceptedAt     受理时间; the promised limit is used from its hall day on
 * @param promisedDueAt  承诺办结期限
 * @param legalDueAt     法定办结期限
 * @param stepDueAt      the current back-office step's deadline (环节时限)
 * @param stepName       the current step (环节), for the reason; may be null
 * @param clockStoppedAt when the clock stopped (entry into the special procedure); used only when STOPPED, and a
 *                       stopped case without it is judged as of now
 */
public record AlertFacts(ClockPhase phase, Instant acceptedAt, Instant promisedDueAt, Instant legalDueAt,
        Instant stepDueAt, String stepName, Instant clockStoppedAt) {

    /** Requires the phase. */
    public AlertFacts {
        if (phase == null) {
            throw new IllegalArgumentException("phase is required");
        }
    }
}
