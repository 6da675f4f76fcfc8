package org.yichuang.server.queue.live;

import java.util.List;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/** Reads queue_events for the live stream. */
@UseClasspathSqlLocator
@RegisterRecordMapper(QueueEventRow.class)
public interface QueueEventDao {
    /** The highest event id (0 without events). */
    @SqlQuery
    long lastId();

    /** Events of every hall after {@code afterId}, in id order. */
    @SqlQuery
    List<QueueEventRow> after(long afterId, int limit);

    /** Events of one hall in (afterId, upTo], in id order. */
    @SqlQuery
    List<QueueEventRow> range(long hallId, long afterId, long upTo, int limit);
}
