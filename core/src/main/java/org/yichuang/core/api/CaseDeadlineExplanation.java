package org.yichuang.core.api;

import java.util.List;

/**
 * How a due date was computed (期限计算说明), in Chinese: calendar version, counted and skipped days, stops and
 * extensions.
 *
 * @param kind    法定办结期限 or 承诺办结期限
 * @param lines   the explanation, one fact per line (summary, the day list, the conclusion)
 */
public record CaseDeadlineExplanation(String kind, int calendarVersion, String calendarSource, List<String> lines) {
    /** Copies the lines. */
    public CaseDeadlineExplanation {
        lines = List.copyOf(lines);
    }
}
