package org.yichuang.core.supervision;

import java.time.LocalDate;

/**
 * Counts working days the way the calendar does; pass {@code workCalendar::workingDaysBetween}
 * ({@code org.yichuang.core.calendar.WorkCalendar}).
 */
@FunctionalInterface
public interface WorkingDayCounter {
    /** Returns the working days in (fromExclusive, toInclusive]; negative when {@code toInclusive} is earlier. */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);
}
