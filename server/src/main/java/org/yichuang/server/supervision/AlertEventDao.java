package org.yichuang.server.supervision;

import java.time.Instant;
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

    /** Events after {@code afterId}, in id order, with the statement's snapshot bounds. */
    @SqlQuery
    @RegisterRecordMapper(After.class)
    List<After> after(long afterId, int limit);

    /** A row of {@link #after}: the snapshot's bounds, and an event unless there was none. */
    record After(long xmin, long xmax, Long id, Long caseId, Long staffId, String caseNo, Instant at,
            String oldLevel, String newLevel, String reason) {
        /** The event, or null on the row that only carries the bounds. */
        AlertEventRow event() {
            return id == null ? null
                    : new AlertEventRow(id, caseId, staffId, caseNo, at, oldLevel, newLevel, reason);
        }
    }

    /** Events in (afterId, upTo] of one clerk's cases, or of all when {@code staffId} is null, in id order. */
    @SqlQuery
    List<AlertEventRow> range(long afterId, long upTo, Long staffId, int limit);
}
