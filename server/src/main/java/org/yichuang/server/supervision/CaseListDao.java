package org.yichuang.server.supervision;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/**
 * The case lists. {@code where} and {@code order} come only from {@link CaseListSql}'s constant fragments; the
 * filter values are bound.
 */
@UseClasspathSqlLocator
public interface CaseListDao {
    @SqlQuery
    @RegisterRecordMapper(ListedCaseRow.class)
    List<ListedCaseRow> page(@Define("where") String where, @Define("order") String order,
            @BindMap Map<String, Object> values, int limit, long offset);

    /** The same as {@link #page}, sorting the rows that match instead of walking an index in order. */
    @SqlQuery
    @RegisterRecordMapper(ListedCaseRow.class)
    List<ListedCaseRow> pageOfMatching(@Define("where") String where, @Define("order") String order,
            @BindMap Map<String, Object> values, int limit, long offset);

    /** The same as {@link #page}, the page's ids read from case_clocks alone (see CaseListSql.clocksOnly). */
    @SqlQuery
    @RegisterRecordMapper(ListedCaseRow.class)
    List<ListedCaseRow> pageOfClocks(@Define("rows") String rows, @Define("order") String order,
            @BindMap Map<String, Object> values, int limit, long offset);

    @SqlQuery
    List<Long> itemIds(String code);

    @SqlQuery
    List<Long> counterIds(int number);

    @SqlQuery
    List<Long> staffIds(String username);

    /** Returns the page by the better plan for the filters. */
    default List<ListedCaseRow> page(CaseListQuery q, CaseListSql sql, int limit, long offset) {
        if (sql.clocksOnly(q)) {
            return pageOfClocks(CaseListSql.clocksRows(q), CaseListSql.CLOCKS_ORDER, sql.values(), limit, offset);
        }
        String order = CaseListSql.order(q);
        // the matching rows come from cases alone; the walk in order sees their case_clocks rows too
        return sql.narrowing() ? pageOfMatching(sql.where(), order, sql.values(), limit, offset)
                : page(sql.pageWhere(), order, sql.values(), limit, offset);
    }

    /** Looks up the ids the query's item, counter and clerk filters name. */
    default CaseListSql.Ids ids(CaseListQuery q) {
        return new CaseListSql.Ids(
                q.itemCode() == null ? null : itemIds(q.itemCode()).toArray(Long[]::new),
                q.counterNo() == null ? null : counterIds(q.counterNo()).toArray(Long[]::new),
                q.staff() == null ? null : staffIds(q.staff()).toArray(Long[]::new));
    }

    @SqlQuery
    @RegisterRecordMapper(LevelCountRow.class)
    List<LevelCountRow> levelCounts(@Define("where") String where, @BindMap Map<String, Object> values);
}
