package org.yichuang.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of an official schedule: a date that is off, a make-up working day, or a regional day off.
 *
 * @param date               the date
 * @param kind               off, work or regional
 * @param holiday            the holiday it belongs to (春节, 国庆节 …, or the regional day's name)
 * @param countsAsStatutory  for off and regional days: whether the day is excluded from working-day periods like a
 *                           法定节假日 (RULES.md §6.3 last bullet); always {@code false} for make-up working days
 */
public record CalendarEntry(LocalDate date, DayKind kind, String holiday, boolean countsAsStatutory) {
    /** Validates the parts. */
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holiday, "holiday");
        if (kind == DayKind.WORK && countsAsStatutory) {
            throw new IllegalArgumentException("a make-up working day is never a statutory holiday");
        }
    }

    /** An official day off (法定节假日). */
    public static CalendarEntry off(LocalDate date, String holiday) {
        return new CalendarEntry(date, DayKind.OFF, holiday, true);
    }

    /** A make-up working day (调休上班). */
    public static CalendarEntry work(LocalDate date, String holiday) {
        return new CalendarEntry(date, DayKind.WORK, holiday, false);
    }

    /** A regional day off (地方休息日). */
    public static CalendarEntry regional(LocalDate date, String holiday, boolean countsAsStatutory) {
        return new CalendarEntry(date, DayKind.REGIONAL_OFF, holiday, countsAsStatutory);
    }
}
