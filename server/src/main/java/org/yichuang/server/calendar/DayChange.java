package org.yichuang.server.calendar;

import java.time.LocalDate;

/**
 * One day that an import changes in a year: added (was an ordinary day), removed (becomes an ordinary day) or changed.
 *
 * @param before the installed day; null when the file adds it
 * @param after  the file's day; null when the file removes it
 */
public record DayChange(LocalDate day, CalendarDayRow before, CalendarDayRow after) {

    /** The kind of change. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** Returns whether the file adds, removes or changes the day. */
    public Kind kind() {
        return before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
    }

    /** Describes the change in Chinese, e.g. {@code 2027-10-08：普通日 → 休息（国庆节）}. */
    public String describe() {
        return day + "（" + WEEKDAYS[day.getDayOfWeek().getValue() - 1] + "）：" + describe(before) + " → "
                + describe(after);
    }

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private String describe(CalendarDayRow d) {
        if (d == null) {
            return day.getDayOfWeek().getValue() >= 6 ? "普通周末（休息）" : "普通工作日";
        }
        String what = switch (d.kind()) {
            case "OFF" -> "法定节假日休息";
            case "WORK" -> "调休上班";
            case "REGIONAL_OFF" -> d.countsAsStatutory() ? "地方休息日（计为法定节假日）" : "地方休息日（不计为法定节假日）";
            default -> d.kind();
        };
        return what + (d.holiday().isEmpty() ? "" : "（" + d.holiday() + "）");
    }
}
