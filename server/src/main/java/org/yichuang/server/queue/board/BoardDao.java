package org.yichuang.server.queue.board;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What a display board starts from. */
@UseClasspathSqlLocator
public interface BoardDao {
    /** The latest calls (叫号, 重呼) of the queue day, newest first. */
    @SqlQuery
    @RegisterConstructorMapper(BoardCall.class)
    List<BoardCall> latestCalls(long hallId, LocalDate day, int limit);
}
