package org.yichuang.core.api;

import java.time.Instant;

/** A change of a case's due dates (期限变更): what they were, what they became and why. */
public record CaseDeadlineChange(Instant changedAt, Integer oldCalendarVersion, Integer newCalendarVersion,
        Instant oldLegalDueAt, Instant newLegalDueAt, Instant oldPromisedDueAt, Instant newPromisedDueAt,
        String reason) {
}
