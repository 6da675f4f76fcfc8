package org.yichuang.core.calendar;

import java.util.List;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** A calendar file was refused; carries every problem found, so the administrator can fix the file in one pass. */
public class CalendarFileException extends DomainException {
    private final List<CalendarProblem> calendarProblems;

    /** Creates the exception for an invalid file listing its problems. */
    public CalendarFileException(List<CalendarProblem> problems) {
        this(ErrorCode.CALENDAR_FILE_INVALID, summary(problems), problems);
    }

    /** Creates the exception with another code (e.g. CALENDAR_FILE_UNREADABLE). */
    public CalendarFileException(ErrorCode code, String message, List<CalendarProblem> problems) {
        super(code, message, problems.stream().map(CalendarProblem::toProblem).toList());
        this.calendarProblems = List.copyOf(problems);
    }

    /** Returns the problems with their calendar codes and line numbers. */
    public List<CalendarProblem> calendarProblems() {
        return calendarProblems;
    }

    private static String summary(List<CalendarProblem> problems) {
        StringBuilder s = new StringBuilder("工作日历文件有 ").append(problems.size()).append(" 处错误：");
        for (CalendarProblem p : problems) {
            s.append('\n').append(p.toChineseText());
        }
        return s.toString();
    }
}
