package org.yichuang.server.supervision;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Prints the plans of a case-list request's two queries (bench/supervisor-alerts.sh with BENCH_EXPLAIN=1). */
public final class ListPlans {
    private ListPlans() {
    }

    /** Explains (ANALYZE, BUFFERS) the counts and page queries of the given list parameters, as a supervisor. */
    public static void print(Jdbi jdbi, Map<String, List<String>> params) {
        CaseListQuery q = CaseListFilters.list(params, true);
        CaseListSql.Ids ids = jdbi.withExtension(CaseListDao.class, dao -> dao.ids(q));
        CaseListSql all = CaseListSql.of(q, 0, ids);
        CaseListSql counts = CaseListSql.withoutLevel(q, 0, ids);
        String countSql = "EXPLAIN (ANALYZE, BUFFERS) SELECT k.alert_level, count(*) AS count FROM cases k WHERE "
                + counts.where() + " GROUP BY k.alert_level";
        String limit = " LIMIT " + q.size() + " OFFSET " + (long) q.page() * q.size();
        String pageSql = all.narrowing()
                ? "EXPLAIN (ANALYZE, BUFFERS) WITH matching AS MATERIALIZED (SELECT k.id, "
                        + "k.received_on, k.received_at FROM cases k WHERE " + all.where() + ") SELECT k.id FROM "
                        + "matching k JOIN case_clocks d ON d.case_id = k.id ORDER BY " + CaseListSql.order(q) + limit
                : "EXPLAIN (ANALYZE, BUFFERS) SELECT k.id FROM cases k JOIN case_clocks d ON d.case_id = k.id WHERE "
                        + all.pageWhere() + " ORDER BY " + CaseListSql.order(q) + limit;
        jdbi.useHandle(h -> {
            for (String sql : List.of(countSql, pageSql)) {
                System.err.println("bench: " + params + " " + sql.substring(27));
                var query = h.createQuery(sql);
                (sql == countSql ? counts : all).values().forEach(query::bind);
                query.mapTo(String.class).list().forEach(line -> System.err.println("    " + line));
            }
        });
    }
}
