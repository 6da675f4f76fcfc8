package org.yichuang.core.calendar;

/** The type of a date in a {@link WorkCalendar}. */
public enum DayType {
    /** 工作日: Monday to Friday, not a holiday. */
    WORKDAY,
    /** 周末: Saturday or Sunday that is not a make-up working day. */
    WEEKEND,
    /** 法定节假日. */
    HOLIDAY,
    /** 调休上班: a weekend day worked in exchange for a holiday; it counts as a working day. */
    MAKEUP_WORKDAY,
    /** 地方休息日: the hall is closed; whether it counts depends on the entry's countsAsStatutory. */
    REGIONAL_OFF;

    /** Returns the Chinese name, e.g. {@code 调休上班}. */
    public String chinese() {
        return switch (this) {
            case WORKDAY -> "工作日";
            case WEEKEND -> "周末";
            case HOLIDAY -> "法定节假日";
            case MAKEUP_WORKDAY -> "调休上班";
            case REGIONAL_OFF -> "地方休息日";
        };
    }
}
