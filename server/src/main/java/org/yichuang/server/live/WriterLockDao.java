package org.yichuang.server.live;

import java.util.Set;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What a gap in event ids waits for where the table has a writer lock: the writers holding it. */
@UseClasspathSqlLocator
public interface WriterLockDao {
    /** The transactions (virtual ids) holding the advisory lock {@code key} (one bigint key) now. */
    @SqlQuery
    Set<String> lockHolders(long key);
}
