package org.yichuang.server.queue.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/** What a display board starts from. */
@UseClasspathSqlLocator
public interface BoardDao {
    /** The latest calls (叫号, 重呼) of the queue day, newest first. */
    @SqlQuery
    @RegisterRecordMapper(Call.class)
    List<Call> latestCalls(long hallId, LocalDate day, int limit);

    /** A call as its event recorded it (the announcement is said from number and counter, not stored). */
    record Call(long eventId, String number, String category, Integer counterNo, Instant at) {
    }
}
