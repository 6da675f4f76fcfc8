package org.yichuang.server.cases.lifecycle;

import org.yichuang.core.calendar.WorkCalendar;

/**
 * The working-day calendar the clocks use; {@code app} wires the calendar package's service here (the cases package
 * only needs these two questions answered).
 */
public interface CaseCalendar {
    /** Returns the calendar version in effect now: new due dates are computed with it. */
    WorkCalendar current();

    /** Returns a stored version, to explain or move a due date computed with it. */
    WorkCalendar version(int number);
}
