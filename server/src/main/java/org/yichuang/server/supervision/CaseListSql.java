package org.yichuang.server.supervision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yichuang.core.cases.CaseState;

/**
 * The WHERE clause and bound values of a case-list query. Only the filters given become conditions: a generic plan
 * with "(:x IS NULL OR …)" for every filter cannot use the indexes, and the list must answer in well under 200 ms
 * over 100,000 open cases. Every fragment is a constant of this class; every value is bound, never spliced.
 */
public final class CaseListSql {
    /**
     * Not finally decided (未办结), spelled exactly like the predicate of the V6 partial index cases_open_alert and
     * V10's, so the planner can use them.
     */
    static final String OPEN = "k.state NOT IN ('NOT_REQUIRED', 'NOT_COMPETENT', 'WITHDRAWN', 'REJECTED', 'APPROVED',"
            + " 'REFUSED', 'DELIVERED', 'ACCEPTANCE_REVOKED', 'TERMINATED', 'DECIDED_ON_COMMITMENT')";

    private final List<String> conditions = new ArrayList<>();
    /** The same conditions for the page queries, which also see the case's case_clocks row as {@code d}. */
    private final List<String> pageConditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private boolean narrowing;
    /** Whether a page condition reads the case row {@code k} (else the page is read from case_clocks alone). */
    private boolean pageReadsCase;

    /**
     * The row ids the item, counter and clerk filters name, looked up first: bound as plain values the planner
     * estimates them (a subquery it cannot, and then picks a sequential scan or a wrong index).
     */
    public record Ids(Long[] items, Long[] counters, Long[] staff) {
    }

    /** The conditions of every filter except the level (the level counts use this). */
    static CaseListSql withoutLevel(CaseListQuery q, long callerId, Ids ids) {
        CaseListSql sql = new CaseListSql();
        if (!q.all()) {
            sql.add("k.staff_id = :me", "me", callerId);
            // the page reads a clerk's own cases in due order from case_clocks_staff_due (V21: the clerk is copied
            // into case_clocks with the due dates); the counts read cases_staff_day
            sql.pageConditions.set(sql.pageConditions.size() - 1, "d.staff_id = :me");
            sql.pageReadsCase = false;
        }
        if (!q.states().isEmpty()) {
            sql.add("k.state = ANY (:states)", "states",
                    q.states().stream().map(CaseState::name).sorted().toArray(String[]::new));
        }
        // the counts read the state of the case row (cases_open_alert); the page reads the flag V21 copies into
        // case_clocks, whose partial indexes hold the open cases in due order
        if (Boolean.TRUE.equals(q.open())) {
            sql.conditions.add(OPEN);
            sql.pageConditions.add("d.open");
        } else if (Boolean.FALSE.equals(q.open())) {
            sql.conditions.add("NOT (" + OPEN + ")");
            sql.pageConditions.add("NOT d.open");
        }
        if (q.department() != null) {
            sql.narrow("k.department = :department", "department", q.department());
        }
        if (q.itemCode() != null) {
            sql.narrow("k.item_id = ANY (:itemIds)", "itemIds", ids.items());
        }
        if (q.counterNo() != null) {
            sql.narrow("k.counter_id = ANY (:counterIds)", "counterIds", ids.counters());
        }
        if (q.staff() != null) {
            sql.narrow("k.staff_id = ANY (:staffIds)", "staffIds", ids.staff());
        }
        if (q.from() != null) {
            sql.narrow("k.received_on >= :fromDay", "fromDay", q.from());
        }
        if (q.to() != null) {
            sql.narrow("k.received_on <= :toDay", "toDay", q.to());
        }
        return sql;
    }

    /**
     * Whether a filter on a column outside the order's index is present. Then the page is sorted from the matching
     * rows: walking the due-date index and filtering can read most of the table before it finds 50 rows when the
     * filter correlates with the order (recent receipts have late due dates), as bench/supervisor-alerts.sh showed.
     */
    boolean narrowing() {
        return narrowing;
    }

    /**
     * Whether the page in due order can be read from case_clocks alone (only the clerk and the open flag filter it):
     * walking case_clocks_open_due with a case lookup per walked row made page 100 of the open list look 20,000 cases
     * up (p95 429 ms); without the lookup it reads the index alone.
     */
    boolean clocksOnly(CaseListQuery q) {
        return !narrowing && !pageReadsCase && q.sort() == CaseListQuery.Sort.DUE;
    }

    private void narrow(String condition, String name, Object value) {
        narrowing = true;
        add(condition, name, value);
    }

    /** The conditions of every filter. */
    static CaseListSql of(CaseListQuery q, long callerId, Ids ids) {
        CaseListSql sql = withoutLevel(q, callerId, ids);
        if (!q.levels().isEmpty()) {
            sql.add("k.alert_level = ANY (:levels)", "levels",
                    q.levels().stream().map(Enum::name).sorted().toArray(String[]::new));
        }
        return sql;
    }

    /**
     * The rows of a page read from case_clocks alone ({@link #clocksOnly}): the open cases from
     * case_clocks_open_due (or the clerk's case_clocks_staff_open_due), the closed ones from the closed indexes, and
     * both in order when the list is not limited to either (the first offset + limit rows of each, then sorted). Only constant fragments; {@code :me} is bound by {@link #values}.
     */
    static String clocksRows(CaseListQuery q) {
        String mine = q.all() ? "" : " AND d.staff_id = :me";
        String open = "SELECT d.case_id, d.promised_due_at FROM case_clocks d WHERE d.open" + mine;
        String closed = "SELECT d.case_id, d.promised_due_at FROM case_clocks d WHERE NOT d.open" + mine;
        if (Boolean.TRUE.equals(q.open())) {
            return open;
        }
        if (Boolean.FALSE.equals(q.open())) {
            return closed;
        }
        // each part stops after the rows the page can need: without it the planner read the open cases by a
        // sequential scan and sorted all 150,000 (144 ms) instead of merging two index walks
        String enough = " ORDER BY " + CLOCKS_ORDER + " LIMIT CAST(:limit AS bigint) + :offset";
        return "(" + open + enough + ") UNION ALL (" + closed + enough + ")";
    }

    /** ORDER BY of a page read from case_clocks alone ({@link #clocksOnly}): the same order as {@link #order}. */
    static final String CLOCKS_ORDER = "d.promised_due_at ASC NULLS LAST, d.case_id ASC";

    /** ORDER BY for the query's sort; the id makes it total, so pages never overlap. */
    static String order(CaseListQuery q) {
        // d: the case's case_clocks row (V21), whose index case_clocks_open_due serves this order for open cases
        return q.sort() == CaseListQuery.Sort.DUE ? "d.promised_due_at ASC NULLS LAST, k.id ASC"
                // the hall day first: the same order (the day follows the time), and an index that also serves from/to
                : "k.received_on DESC, k.received_at DESC, k.id DESC";
    }

    private void add(String condition, String name, Object value) {
        condition(condition);
        values.put(name, value);
    }

    private void condition(String condition) {
        conditions.add(condition);
        pageConditions.add(condition);
        pageReadsCase = true;
    }

    /** Returns the WHERE clause's body ({@code true} without filters) over cases {@code k} (the counts). */
    String where() {
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    /** Returns the WHERE clause's body of page.sql, over cases {@code k} and their case_clocks rows {@code d}. */
    String pageWhere() {
        return pageConditions.isEmpty() ? "true" : String.join(" AND ", pageConditions);
    }

    /** Returns the values to bind, by name. */
    Map<String, Object> values() {
        return values;
    }

    /** Returns e.g. {@code scope=all;level=RED,YELLOW;counter=3} for the audit row (no values beyond filters). */
    static String summary(CaseListQuery q) {
        List<String> parts = new ArrayList<>();
        parts.add("scope=" + (q.all() ? "all" : "mine"));
        if (!q.states().isEmpty()) {
            parts.add("state=" + q.states().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (q.open() != null) {
            parts.add("open=" + q.open());
        }
        add(parts, "department", q.department());
        add(parts, "item", q.itemCode());
        add(parts, "counter", q.counterNo());
        add(parts, "staff", q.staff());
        if (!q.levels().isEmpty()) {
            parts.add("level=" + Arrays.stream(q.levels().toArray(Enum[]::new)).map(Enum::name).sorted()
                    .collect(Collectors.joining(",")));
        }
        add(parts, "from", q.from());
        add(parts, "to", q.to());
        parts.add("sort=" + q.sort().name().toLowerCase(java.util.Locale.ROOT));
        return String.join(";", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
