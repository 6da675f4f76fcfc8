package org.yichuang.core.api;

import java.util.List;

/**
 * How a case's due dates were computed (期限说明), in Chinese: calendar version, counted and skipped days and why,
 * suspensions and extensions.
 *
 * @param lines the explanation, one statement per line
 */
public record CaseDeadlineExplanation(int calendarVersion, List<String> lines) {
    /** Copies the lines. */
    public CaseDeadlineExplanation {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
