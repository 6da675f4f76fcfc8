package org.yichuang.server.cases.lifecycle;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * A case's lifecycle row read for a view or locked by id for the day sweep; apart from {@link TransitionDao} so that
 * each transition attaches only the statements it runs.
 */
@UseClasspathSqlLocator
@RegisterRowMapper(LifecycleRowMapper.class)
public interface CaseRowDao {
    @SqlQuery
    Optional<LifecycleRow> find(String caseNo);

    @SqlQuery
    Optional<LifecycleRow> lockById(long id);
}
