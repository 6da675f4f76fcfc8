package org.yichuang.core.calendar;

import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * One problem in a calendar file.
 *
 * @param line    1-based line number (the header is line 1); 0 when the problem concerns the whole file or a year
 * @param code    the stable code
 * @param message what is wrong, in Chinese, naming the offending value
 */
public record CalendarProblem(int line, ErrorCode code, String message) {

    /** Returns the problem as the product's generic located {@link Problem} (row = line). */
    public Problem toProblem() {
        return new Problem(null, line > 0 ? line : null, null, null, code.name(), message);
    }

    /** Renders {@code 第 5 行：…}. */
    public String toChineseText() {
        return (line > 0 ? "第 " + line + " 行：" : "") + message;
    }
}
