package org.yichuang.client.admin.calendar;

import java.util.List;
import java.util.TreeSet;
import org.yichuang.core.api.CalendarImportResult;
import org.yichuang.core.api.CalendarOverview;
import org.yichuang.core.api.CalendarYear;
import org.yichuang.core.error.Problem;

/**
 * What the 日历 page shows, as one immutable value: the versions, the chosen year and its days, what runs in the
 * background, and the problems of the last refused import.
 *
 * @param overview     the versions and the current one; null until first loaded
 * @param selectedYear the year the administrator chose
 * @param year         the days of {@code selectedYear}; null while they load
 * @param loading      true while the overview or a year loads
 * @param importing    true while a file is read and sent
 * @param problemFile  the name of the file whose problems are listed; null when none
 * @param problems     every problem of the last refused import, in the file's order
 * @param lastResult   what the last successful import did; null before one
 */
public record CalendarState(CalendarOverview overview, int selectedYear, CalendarYear year, boolean loading,
        boolean importing, String problemFile, List<Problem> problems, CalendarImportResult lastResult) {

    /** Copies the problem list. */
    public CalendarState {
        problems = List.copyOf(problems);
    }

    /** The state before anything is loaded, showing {@code year} first. */
    static CalendarState initial(int year) {
        return new CalendarState(null, year, null, false, false, null, List.of(), null);
    }

    /** Returns true while a server call of the page runs. */
    public boolean busy() {
        return loading || importing;
    }

    /**
     * The years the administrator can choose: every published year, this year, and the year after the last of them
     * (so the next, provisional year can be looked at before its schedule is published).
     */
    public List<Integer> choosableYears(int thisYear) {
        TreeSet<Integer> years = new TreeSet<>();
        years.add(thisYear);
        years.add(selectedYear);
        if (overview != null) {
            years.addAll(overview.publishedYears());
        }
        int first = years.first();
        int last = years.last() + 1;
        List<Integer> all = new java.util.ArrayList<>();
        for (int y = first; y <= last; y++) {
            all.add(y);
        }
        return List.copyOf(all);
    }

    CalendarState withOverview(CalendarOverview value) {
        return new CalendarState(value, selectedYear, year, loading, importing, problemFile, problems, lastResult);
    }

    CalendarState withYear(CalendarYear value) {
        return new CalendarState(overview, selectedYear, value, loading, importing, problemFile, problems, lastResult);
    }

    CalendarState withSelectedYear(int value) {
        return new CalendarState(overview, value, year != null && year.year() == value ? year : null, loading,
                importing, problemFile, problems, lastResult);
    }

    CalendarState withLoading(boolean value) {
        return new CalendarState(overview, selectedYear, year, value, importing, problemFile, problems, lastResult);
    }

    CalendarState withImporting(boolean value) {
        return new CalendarState(overview, selectedYear, year, loading, value, problemFile, problems, lastResult);
    }

    CalendarState withProblems(String file, List<Problem> value) {
        return new CalendarState(overview, selectedYear, year, loading, importing, file, value, lastResult);
    }

    CalendarState withLastResult(CalendarImportResult value) {
        return new CalendarState(overview, selectedYear, year, loading, importing, problemFile, problems, value);
    }
}
