package org.yichuang.server.queue.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/** What the daily queue figures are computed from: {@code queue_events} of one queue day. */
@UseClasspathSqlLocator
public interface QueueFiguresDao {
    /** The day's events in time order: its tickets' steps and the counters' pauses within {@code [from, to)}. */
    @SqlQuery
    @RegisterRecordMapper(QueueEventRow.class)
    List<QueueEventRow> events(long hallId, LocalDate day, Instant from, Instant to);

    @SqlQuery
    @RegisterRecordMapper(Named.class)
    List<Named> staffNames(@Bind("ids") long[] ids);

    @SqlQuery
    @RegisterRecordMapper(Numbered.class)
    List<Numbered> counterNames(long hallId);

    /** A staff id and display name. */
    record Named(long id, String displayName) {
    }

    /** A counter number and name. */
    record Numbered(int number, String name) {
    }
}
