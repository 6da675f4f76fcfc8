package org.yichuang.server.queue.live;

import java.time.Instant;
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

    /** Events of every hall after {@code afterId}, in id order, with the statement's snapshot bounds. */
    @SqlQuery
    @RegisterRecordMapper(After.class)
    List<After> after(long afterId, int limit);

    /** A row of {@link #after}: the snapshot's bounds, and an event unless there was none. */
    record After(long xmin, long xmax, Long id, Long hallId, Instant at, String kind, Long ticketId,
            Integer counterNo, String payload) {
        /** The event, or null on the row that only carries the bounds. */
        QueueEventRow event() {
            return id == null ? null : new QueueEventRow(id, hallId, at, kind, ticketId, counterNo, payload);
        }
    }

    /** Events of one hall in (afterId, upTo], in id order. */
    @SqlQuery
    List<QueueEventRow> range(long hallId, long afterId, long upTo, int limit);
}
