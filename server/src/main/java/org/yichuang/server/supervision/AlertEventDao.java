package org.yichuang.server.supervision;

import java.util.List;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/** Reads alert_events for the alert stream. */
@UseClasspathSqlLocator
@RegisterRecordMapper(AlertEventRow.class)
public interface AlertEventDao {
    /** The highest event id (0 without events). */
    @SqlQuery
    long lastId();

    /** Events after {@code afterId}, in id order. */
    @SqlQuery
    List<AlertEventRow> after(long afterId, int limit);

    /** Events in (afterId, upTo] of one clerk's cases, or of all when {@code staffId} is null, in id order. */
    @SqlQuery
    List<AlertEventRow> range(long afterId, long upTo, Long staffId, int limit);
}
