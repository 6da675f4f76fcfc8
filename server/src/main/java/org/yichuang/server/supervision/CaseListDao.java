package org.yichuang.server.supervision;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The case lists. {@code where} and {@code order} come only from {@link CaseListSql}'s constant fragments; the
 * filter values are bound.
 */
@UseClasspathSqlLocator
public interface CaseListDao {
    @SqlQuery
    @RegisterConstructorMapper(ListedCaseRow.class)
    List<ListedCaseRow> page(@Define("where") String where, @Define("order") String order,
            @BindMap Map<String, Object> values, int limit, long offset);

    @SqlQuery
    @RegisterConstructorMapper(LevelCountRow.class)
    List<LevelCountRow> levelCounts(@Define("where") String where, @BindMap Map<String, Object> values);
}
