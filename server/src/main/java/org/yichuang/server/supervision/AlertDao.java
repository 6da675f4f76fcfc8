package org.yichuang.server.supervision;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Alert levels on cases and their change events (alert_events); attach it to the caller's handle. */
@UseClasspathSqlLocator
@RegisterRowMapper(AlertCaseRowMapper.class)
public interface AlertDao {
    /** The next cases after {@code afterId}, by id, that are in one of {@code states} or carry a level. */
    @SqlQuery
    List<AlertCaseRow> openAfter(long afterId, String[] states, int limit);

    /** Locks the cases (in id order, so two sweeps never deadlock) until the transaction ends; returns their ids. */
    @SqlQuery
    List<Long> lock(Long[] ids);

    /** The facts of the given cases, read after {@link #lock}: what other transactions committed is seen. */
    @SqlQuery
    List<AlertCaseRow> facts(Long[] ids);

    /** Stores new levels (the arrays run in parallel), in one statement. */
    @SqlUpdate
    int setLevels(Long[] ids, String[] levels, Instant at);

    /** Inserts one event per case (the arrays run in parallel), in one statement and in array order. */
    @SqlUpdate
    int insertEvents(Long[] caseIds, Long[] staffIds, Instant at, String[] oldLevels, String[] newLevels,
            String[] reasons);
}
