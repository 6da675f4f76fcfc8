package org.yichuang.server.calendar;

import org.yichuang.core.calendar.CalendarDiff;
import org.yichuang.core.calendar.CalendarSchedule;

/**
 * What an import does to one year: core's {@link CalendarDiff} (the same list the client shows) and whether the year
 * was published before (a published year that changes needs the administrator's confirmation).
 */
record YearDiff(CalendarDiff diff, boolean published) {

    /** The kind of a changed day. */
    enum Kind { ADDED, REMOVED, CHANGED }

    static YearDiff of(int year, boolean published, CalendarSchedule installed, CalendarSchedule imported) {
        return new YearDiff(CalendarDiff.of(installed, imported, year), published);
    }

    static Kind kind(CalendarDiff.DayChange c) {
        return c.before() == null ? Kind.ADDED : c.after() == null ? Kind.REMOVED : Kind.CHANGED;
    }

    int year() {
        return diff.year();
    }

    boolean same() {
        return diff.isEmpty();
    }

    long count(Kind kind) {
        return diff.changes().stream().filter(c -> kind(c) == kind).count();
    }

    /** Summarises in Chinese, e.g. {@code 2026 年：新增 1 天，取消 1 天，改变 2 天}. */
    String summary() {
        return year() + " 年：新增 " + count(Kind.ADDED) + " 天，取消 " + count(Kind.REMOVED) + " 天，改变 "
                + count(Kind.CHANGED) + " 天";
    }
}
