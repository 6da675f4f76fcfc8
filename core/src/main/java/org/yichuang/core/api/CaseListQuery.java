package org.yichuang.core.api;

/**
 * A page of the case list (办件列表): a clerk's own cases ({@code mine}, 我的办件) or, for a supervisor, all of them
 * ({@code all}, 办件监察), with optional filters; a null filter means "any".
 *
 * @param scope      {@code mine} or {@code all}
 * @param state      a case state code (e.g. {@code ACCEPTED})
 * @param department 实施主体
 * @param item       implementation code (实施编码) of the item
 * @param counter    counter number (窗口号)
 * @param staff      user name of the clerk who received the case
 * @param level      红黄牌 level code ({@code NONE}, {@code WARNING}, {@code YELLOW}, {@code RED})
 * @param page       0-based page
 * @param size       rows per page
 */
public record CaseListQuery(String scope, String state, String department, String item, Integer counter,
        String staff, String level, int page, int size) {
    /** Scope of a clerk's own cases (我的办件). */
    public static final String MINE = "mine";
    /** Scope of every case of the hall (办件监察), supervisors only. */
    public static final String ALL = "all";
    /** Rows per page the client asks for. */
    public static final int DEFAULT_SIZE = 200;

    /** Returns the first page of a scope without filters. */
    public static CaseListQuery of(String scope) {
        return new CaseListQuery(scope, null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** Returns this query with another level filter, from the first page. */
    public CaseListQuery withLevel(String value) {
        return new CaseListQuery(scope, state, department, item, counter, staff, blankToNull(value), 0, size);
    }

    /** Returns this query with other filters (level kept), from the first page. */
    public CaseListQuery withFilters(String newState, String newDepartment, String newItem, Integer newCounter,
            String newStaff) {
        return new CaseListQuery(scope, blankToNull(newState), blankToNull(newDepartment), blankToNull(newItem),
                newCounter, blankToNull(newStaff), level, 0, size);
    }

    /** Returns this query at another 0-based page, filters and page size kept. */
    public CaseListQuery withPage(int value) {
        return new CaseListQuery(scope, state, department, item, counter, staff, level, Math.max(0, value), size);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
