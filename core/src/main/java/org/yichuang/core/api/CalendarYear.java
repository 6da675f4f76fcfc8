package org.yichuang.core.api;

import java.util.List;

/**
 * Every day of one year in the current calendar version (GET /api/calendar/{year}).
 *
 * @param year        the year
 * @param version     the calendar version the days come from
 * @param provisional true when the year has no official schedule: weekends only, shown as 暂定 wherever a date shows
 * @param workingDays working days in the year
 * @param days        1 January to 31 December
 */
public record CalendarYear(int year, int version, boolean provisional, int workingDays, List<CalendarDayInfo> days) {
}
