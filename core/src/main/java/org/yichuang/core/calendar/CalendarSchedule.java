package org.yichuang.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable official schedule (放假安排): the dates that differ from Monday-to-Friday, and the years it publishes.
 * Build one with {@link CalendarCsv#parse(String)}; the constructor checks only that dates are unique.
 */
public final class CalendarSchedule {
    private final List<CalendarEntry> entries;
    private final Map<LocalDate, CalendarEntry> byDate;
    private final SortedSet<Integer> years;

    /** Creates a schedule; {@code years} are the years it publishes (usually the years of its off days). */
    public CalendarSchedule(List<CalendarEntry> entries, Set<Integer> years) {
        List<CalendarEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(CalendarEntry::date));
        Map<LocalDate, CalendarEntry> map = new HashMap<>();
        for (CalendarEntry e : sorted) {
            if (map.put(e.date(), e) != null) {
                throw new IllegalArgumentException("duplicate date " + e.date());
            }
        }
        this.entries = List.copyOf(sorted);
        this.byDate = Map.copyOf(map);
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    }

    /** Creates a schedule publishing the years its entries fall in. */
    public static CalendarSchedule of(List<CalendarEntry> entries) {
        SortedSet<Integer> years = new TreeSet<>();
        entries.forEach(e -> years.add(e.date().getYear()));
        return new CalendarSchedule(entries, years);
    }

    /** Returns the entries sorted by date. */
    public List<CalendarEntry> entries() {
        return entries;
    }

    /** Returns the years this schedule publishes. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** Returns the entry of a date, if any. */
    public Optional<CalendarEntry> entry(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** Returns the entries of one year. */
    public List<CalendarEntry> entriesOf(int year) {
        return entries.stream().filter(e -> e.date().getYear() == year).toList();
    }

    /**
     * Returns a schedule with the given year replaced by {@code replacement}'s entries of that year (an import of one
     * year's notice); the year becomes published.
     */
    public CalendarSchedule withYear(int year, CalendarSchedule replacement) {
        List<CalendarEntry> merged = new ArrayList<>();
        entries.stream().filter(e -> e.date().getYear() != year).forEach(merged::add);
        merged.addAll(replacement.entriesOf(year));
        SortedSet<Integer> ys = new TreeSet<>(years);
        ys.add(year);
        return new CalendarSchedule(merged, ys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarSchedule s && s.entries.equals(entries) && s.years.equals(years);
    }

    @Override
    public int hashCode() {
        return entries.hashCode() * 31 + years.hashCode();
    }

    @Override
    public String toString() {
        return "CalendarSchedule" + years + "(" + entries.size() + " entries)";
    }
}
