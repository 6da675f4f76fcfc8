package org.yichuang.core.calendar;

import java.time.LocalDateTime;
import java.util.List;
import org.yichuang.core.catalog.TimeLimit;

/**
 * How a due date was computed (期限计算说明): for applicants, audits and the screen (issue 9 item 5).
 *
 * @param deadline        the result (the same as {@link DeadlineCalculator#compute})
 * @param calendarVersion the calendar version number
 * @param calendarSource  the calendar version's source (the notice)
 * @param start           when the period started
 * @param limit           the limit
 * @param summary         the lines before the day list: start, limit, calendar, stops, extensions, provisional years
 * @param days            every day from the day after the start to the due date (from the start day for hours)
 * @param conclusion      the last line: 截止：…
 */
public record DeadlineExplanation(Deadline deadline, int calendarVersion, String calendarSource,
                                  LocalDateTime start, TimeLimit limit, List<String> summary,
                                  List<ExplainedDay> days, String conclusion) {
    /** Copies the lists. */
    public DeadlineExplanation {
        summary = List.copyOf(summary);
        days = List.copyOf(days);
    }

    /** Renders the whole explanation as Chinese text, one fact per line. */
    public String toChineseText() {
        StringBuilder s = new StringBuilder();
        summary.forEach(l -> s.append(l).append('\n'));
        if (!days.isEmpty()) {
            s.append("逐日说明：\n");
            days.forEach(d -> s.append("  ").append(d.toChineseText()).append('\n'));
        }
        s.append(conclusion).append('\n');
        return s.toString();
    }
}
