package org.yichuang.core.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A computed due date (办结期限).
 *
 * @param dueDate         the last day of the period
 * @param dueAt           the moment the period ends, in hall time: the cut-off on {@code dueDate}, or 24:00 of it
 *                        (that is 00:00 of the next day) when the hall has none; for hour limits the exact time. An
 *                        act at or before {@code dueAt} is in time
 * @param provisional     whether a year the period crosses has no published schedule (暂定)
 * @param calendarVersion the calendar version it was computed with
 */
public record Deadline(LocalDate dueDate, LocalDateTime dueAt, boolean provisional, int calendarVersion) {
    /** Validates the parts. */
    public Deadline {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** Whether {@code now} (hall time) is after the end of the period. */
    public boolean isOverdue(LocalDateTime now) {
        return now.isAfter(dueAt);
    }

    /** Renders {@code 2025-10-30 24:00} or {@code 2025-10-30 17:30}, with （暂定） when provisional. */
    public String toChineseText() {
        String time = dueAt.toLocalDate().isAfter(dueDate) && dueAt.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "24:00" : dueAt.toLocalTime().toString();
        return dueDate + " " + time + (provisional ? "（暂定，未公布放假安排）" : "");
    }
}
