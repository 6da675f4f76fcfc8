package org.yichuang.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What importing one year's schedule would change against the installed calendar (issue 9: "a year that conflicts
 * with the installed one: show the difference and ask"). Client and server show the same list.
 *
 * @param year    the year imported
 * @param changes every date whose entry differs, in date order; empty when the import changes nothing
 */
public record CalendarDiff(int year, List<DayChange> changes) {
    /** Copies the list. */
    public CalendarDiff {
        changes = List.copyOf(changes);
    }

    /**
     * Compares the entries of {@code year} in the installed schedule with those in the imported one.
     * A year not published before is still compared: its days so far were weekdays and weekends only.
     */
    public static CalendarDiff of(CalendarSchedule installed, CalendarSchedule imported, int year) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        installed.entriesOf(year).forEach(e -> dates.add(e.date()));
        imported.entriesOf(year).forEach(e -> dates.add(e.date()));
        List<DayChange> changes = new ArrayList<>();
        for (LocalDate d : dates) {
            Optional<CalendarEntry> before = installed.entry(d);
            Optional<CalendarEntry> after = imported.entry(d);
            if (!before.equals(after)) {
                changes.add(new DayChange(d, before.orElse(null), after.orElse(null)));
            }
        }
        return new CalendarDiff(year, changes);
    }

    /** Whether the import changes nothing. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Renders the changes in Chinese, one per line. */
    public String toChineseText() {
        if (changes.isEmpty()) {
            return year + " 年的放假安排与已安装的完全相同。";
        }
        StringBuilder s = new StringBuilder(year + " 年的放假安排与已安装的有 " + changes.size() + " 处不同：");
        changes.forEach(c -> s.append('\n').append(c.toChineseText()));
        return s.toString();
    }

    /**
     * One changed date.
     *
     * @param date   the date
     * @param before the installed entry, or {@code null} (an ordinary weekday or weekend)
     * @param after  the imported entry, or {@code null}
     */
    public record DayChange(LocalDate date, CalendarEntry before, CalendarEntry after) {
        /** Validates the parts. */
        public DayChange {
            Objects.requireNonNull(date, "date");
        }

        /** Renders {@code 2027-02-06 周六：周末 → 调休上班（春节）}. */
        public String toChineseText() {
            return date + " " + CalendarCsv.weekday(date) + "：" + describe(date, before) + " → " + describe(date, after);
        }

        private static String describe(LocalDate d, CalendarEntry e) {
            if (e == null) {
                return CalendarCsv.isWeekend(d) ? "周末" : "工作日";
            }
            return switch (e.kind()) {
                case OFF -> "法定节假日（" + e.holiday() + "）";
                case WORK -> "调休上班（" + e.holiday() + "）";
                case REGIONAL_OFF -> "地方休息日（" + e.holiday() + (e.countsAsStatutory() ? "，不计入期限" : "，仍计入期限")
                        + "）";
            };
        }
    }
}
