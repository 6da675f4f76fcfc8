package org.yichuang.core.api;

import java.util.List;

/**
 * The calendar page's header (GET /api/calendar).
 *
 * @param current        the version deadlines use now
 * @param versions       every version, oldest first
 * @param publishedYears the current version's years with an official schedule
 */
public record CalendarOverview(CalendarVersionInfo current, List<CalendarVersionInfo> versions,
        List<Integer> publishedYears) {
}
