package org.yichuang.server.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Queue settings (叫号设置), one row per hall. */
@UseClasspathSqlLocator
@RegisterRecordMapper(QueueSettingsRow.class)
public interface QueueSettingsDao {
    /** The hall's row, or empty while it has saved none. */
    @SqlQuery
    Optional<QueueSettingsRow> find(long hallId);

    /** Creates the row with the defaults and a fresh secret unless one exists; returns the row either way. */
    @SqlQuery
    Optional<QueueSettingsRow> ensure(long hallId, String settings, byte[] personKeySecret, Instant at);

    /** Replaces the settings if still at {@code expectedVersion}; returns the rows changed (0 = someone was first). */
    @SqlUpdate
    int replace(long hallId, String settings, int expectedVersion, Instant at, Long staffId);

    /** The hall, its settings' version and when the first hold runs out, for the queue's requests. */
    @SqlQuery
    @RegisterRecordMapper(QueueHead.class)
    Optional<QueueHead> head();

    /**
     * The first hall, its settings' version (null while none is stored) and when the first held ticket's time is up
     * (null while none is held).
     */
    record QueueHead(long hallId, String hallName, String zoneId, String publicBaseUrl, Integer version,
            Instant firstHoldEnds) {
        /** Whether a held ticket's time is up at {@code now}. */
        boolean holdsDue(Instant now) {
            return firstHoldEnds != null && !firstHoldEnds.isAfter(now);
        }
    }

    /** The numbers of the hall's registered counters, ascending. */
    @SqlQuery
    List<Integer> counterNumbers(long hallId);
}
