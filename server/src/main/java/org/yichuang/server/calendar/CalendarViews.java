package org.yichuang.server.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yichuang.core.api.CalendarDayInfo;
import org.yichuang.core.api.CalendarVersionInfo;
import org.yichuang.core.api.CalendarYear;
import org.yichuang.core.calendar.CalendarEntry;
import org.yichuang.core.calendar.WorkCalendar;

/** The calendar as the API shows it. */
final class CalendarViews {
    private CalendarViews() {
    }

    static CalendarVersionInfo info(CalendarVersionRow row) {
        return new CalendarVersionInfo(row.number(), row.source(), row.effectiveFrom(), row.recordedAt(),
                row.recordedByName(), row.years());
    }

    /** Every day of {@code year} in {@code calendar}. */
    static CalendarYear year(WorkCalendar calendar, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        List<CalendarDayInfo> days = new ArrayList<>(366);
        for (LocalDate d = first; d.getYear() == year; d = d.plusDays(1)) {
            var entry = calendar.entry(d);
            days.add(new CalendarDayInfo(d, calendar.typeOf(d).name(), calendar.isWorkingDay(d),
                    entry.map(CalendarEntry::holiday).orElse(""),
                    entry.map(CalendarEntry::countsAsStatutory).orElse(true)));
        }
        int working = calendar.workingDaysBetween(first.minusDays(1), LocalDate.of(year, 12, 31));
        return new CalendarYear(year, calendar.version().number(), calendar.isProvisional(first), working, days);
    }
}
