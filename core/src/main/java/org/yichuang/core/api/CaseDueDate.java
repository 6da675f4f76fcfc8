package org.yichuang.core.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A due date (办结期限) as the API sends it.
 *
 * @param at              the moment it ends (the hall's cut-off on {@code date}, or 24:00)
 * @param date            the due day in the hall's zone
 * @param provisional     a year it crosses has no published holiday schedule (暂定)
 * @param calendarVersion the calendar version it was computed with
 * @param remainingWorkingDays working days left from today (0 on the due day, negative when overdue); null when the
 *                        case is no longer open
 */
public record CaseDueDate(Instant at, LocalDate date, boolean provisional, int calendarVersion,
        Integer remainingWorkingDays) {
}
