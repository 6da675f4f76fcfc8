package org.yichuang.server.supervision;

import java.time.LocalDate;
import java.util.Set;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.supervision.AlertLevel;

/**
 * A checked case-list request: every filter is optional (null or empty = no filter).
 *
 * @param all        true for every clerk's cases (supervisors only), false for the caller's own
 * @param open       true: only cases not yet finally decided (未办结); false: only finished ones
 * @param from       first hall day of receipt (收件日), inclusive
 * @param to         last hall day of receipt, inclusive
 * @param counterNo  counter (窗口) number where the case was received
 * @param staff      user name of the clerk who received it
 */
public record CaseListQuery(boolean all, Set<CaseState> states, Boolean open, String department, String itemCode,
        Integer counterNo, String staff, Set<AlertLevel> levels, LocalDate from, LocalDate to, Sort sort, int page,
        int size) {

    /** Row order. */
    public enum Sort {
        /** Most urgent first: promised due date ascending, cases without one last. */
        DUE,
        /** Newest receipt first. */
        RECEIVED
    }

    /** Copies the sets. */
    public CaseListQuery {
        states = Set.copyOf(states);
        levels = Set.copyOf(levels);
    }

    /** Returns the same filters for another page. */
    public CaseListQuery page(int number, int rows) {
        return new CaseListQuery(all, states, open, department, itemCode, counterNo, staff, levels, from, to, sort,
                number, rows);
    }
}
