package org.yichuang.core.calendar;

import java.time.LocalDate;

/**
 * One day in a due date's explanation.
 *
 * @param date        the day
 * @param weekday     周一 … 周日
 * @param type        the calendar's type of the day
 * @param status      whether it counted, and if not why
 * @param ordinal     for a counted day its number in the period (1, 2, …), else 0
 * @param ordinalText for a counted day 第3个工作日 / 第3日 / 第3个办公日, else the status (不计, 暂停, 顺延)
 * @param note        the reason in Chinese: 周末, 春节, 调休上班（国庆节）, 暂停：检验（…）, 延长期限 …
 * @param provisional whether the day's year has no published schedule (暂定)
 */
public record ExplainedDay(LocalDate date, String weekday, DayType type, Status status, int ordinal,
                           String ordinalText, String note,
                           boolean provisional) {

    /** How a day was treated. */
    public enum Status {
        /** Counted toward the period. */
        COUNTED("计入"),
        /** Not a working day: weekend, holiday, statutory regional day. */
        SKIPPED("不计"),
        /** Inside a clock stop (暂停计时). */
        SUSPENDED("暂停"),
        /** After a natural-day or month period that ended on a rest day: the period moves on (民法典 Art. 203). */
        POSTPONED("顺延");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        /** Returns the Chinese label. */
        public String chinese() {
            return chinese;
        }
    }

    /** Renders one line, e.g. {@code 2025-09-28 周日 第1日 调休上班（国庆节）}. */
    public String toChineseText() {
        StringBuilder s = new StringBuilder().append(date).append(' ').append(weekday).append(' ');
        s.append(ordinalText);
        if (!note.isEmpty()) {
            s.append(' ').append(note);
        }
        if (provisional) {
            s.append("（暂定，未公布放假安排）");
        }
        return s.toString();
    }
}
