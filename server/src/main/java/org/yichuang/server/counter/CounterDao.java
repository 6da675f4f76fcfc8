package org.yichuang.server.counter;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Counters (综合窗口) of the halls. */
@UseClasspathSqlLocator
@RegisterRecordMapper(CounterRow.class)
public interface CounterDao {
    /** Finds a counter of the (first) hall by its number. */
    @SqlQuery
    Optional<CounterRow> findByNumber(int number);

    @SqlQuery
    List<CounterRow> listAll();

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insertCounter(long hallId, int number, String name);
}
