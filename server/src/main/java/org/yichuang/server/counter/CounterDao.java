package org.yichuang.server.counter;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Halls (大厅) and their counters (综合窗口). */
@UseClasspathSqlLocator
@RegisterConstructorMapper(CounterRow.class)
@RegisterConstructorMapper(HallRow.class)
public interface CounterDao {
    /** Finds a counter of the (first) hall by its number. */
    @SqlQuery
    Optional<CounterRow> findByNumber(int number);

    @SqlQuery
    List<CounterRow> listAll();

    @SqlQuery
    int countHalls();

    /** The hall this server serves: the first one registered. */
    @SqlQuery
    Optional<HallRow> firstHall();

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insertHall(String name, String zoneId);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insertCounter(long hallId, int number, String name);
}
