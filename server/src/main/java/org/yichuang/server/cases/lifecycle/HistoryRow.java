package org.yichuang.server.cases.lifecycle;

import java.time.Instant;

/** A stored change of due dates (case_deadline_history). */
public record HistoryRow(Instant changedAt, Integer oldCalendarVersion, Integer newCalendarVersion,
        Instant oldLegalDueAt, Instant newLegalDueAt, Instant oldPromisedDueAt, Instant newPromisedDueAt,
        String reason) {
}
