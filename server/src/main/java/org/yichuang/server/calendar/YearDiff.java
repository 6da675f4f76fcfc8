package org.yichuang.server.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The difference between the installed days of one year and a file's days of that year. */
public record YearDiff(int year, boolean published, List<DayChange> changes) {

    /** Compares the days of {@code year} in both lists (days of other years are ignored). */
    public static YearDiff of(int year, boolean published, List<CalendarDayRow> installed,
            List<CalendarDayRow> imported) {
        Map<LocalDate, CalendarDayRow> before = byDay(year, installed);
        Map<LocalDate, CalendarDayRow> after = byDay(year, imported);
        TreeSet<LocalDate> days = new TreeSet<>(before.keySet());
        days.addAll(after.keySet());
        List<DayChange> changes = new ArrayList<>();
        for (LocalDate day : days) {
            CalendarDayRow b = before.get(day);
            CalendarDayRow a = after.get(day);
            if (b == null || !b.equals(a)) {
                changes.add(new DayChange(day, b, a));
            }
        }
        return new YearDiff(year, published, List.copyOf(changes));
    }

    private static Map<LocalDate, CalendarDayRow> byDay(int year, List<CalendarDayRow> rows) {
        return rows.stream().filter(r -> r.day().getYear() == year)
                .collect(Collectors.toMap(CalendarDayRow::day, Function.identity(), (x, y) -> x, TreeMap::new));
    }

    /** True when the file says the same as the installed year. */
    public boolean same() {
        return changes.isEmpty();
    }

    /** Counts the changes of a kind. */
    public long count(DayChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Summarises in Chinese, e.g. {@code 2026 年：新增 1 天，取消 1 天，改变 2 天}. */
    public String summary() {
        return year + " 年：新增 " + count(DayChange.Kind.ADDED) + " 天，取消 " + count(DayChange.Kind.REMOVED)
                + " 天，改变 " + count(DayChange.Kind.CHANGED) + " 天";
    }
}
