package org.yichuang.server.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Prints the plans of a case-list request's two queries (bench/supervisor-alerts.sh with BENCH_EXPLAIN=1): the DAO's
 * own .sql files with the fragments CaseListDao would define, so the plan is the one the server runs.
 */
public final class ListPlans {
    private ListPlans() {
    }

    /** Explains (ANALYZE, BUFFERS) the counts and page queries of the given list parameters, as a supervisor. */
    public static void print(Jdbi jdbi, Map<String, List<String>> params) {
        CaseListQuery q = CaseListFilters.list(params, true);
        CaseListSql.Ids ids = jdbi.withExtension(CaseListDao.class, dao -> dao.ids(q));
        CaseListSql all = CaseListSql.of(q, 0, ids);
        CaseListSql counts = CaseListSql.withoutLevel(q, 0, ids);
        String countSql = sql("levelCounts").replace("<where>", counts.where());
        String pageSql = all.clocksOnly(q)
                ? sql("pageOfClocks").replace("<rows>", CaseListSql.clocksRows(q)).replace("<order>", CaseListSql.CLOCKS_ORDER)
                : all.narrowing()
                        ? sql("pageOfMatching").replace("<where>", all.where()).replace("<order>", CaseListSql.order(q))
                        : sql("page").replace("<where>", all.pageWhere()).replace("<order>", CaseListSql.order(q));
        jdbi.useHandle(h -> {
            for (String sql : List.of(countSql, pageSql)) {
                System.err.println("bench: " + params + (sql == countSql ? " counts" : " page"));
                var query = h.createQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql);
                (sql == countSql ? counts : all).values().forEach(query::bind);
                if (sql != countSql) {
                    query.bind("limit", q.size()).bind("offset", (long) q.page() * q.size());
                }
                query.mapTo(String.class).list().forEach(line -> System.err.println("    " + line));
            }
        });
    }

    private static String sql(String name) {
        try (InputStream in = ListPlans.class.getResourceAsStream("CaseListDao/" + name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
