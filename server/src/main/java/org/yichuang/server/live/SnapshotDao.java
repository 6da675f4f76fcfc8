package org.yichuang.server.live;

import java.util.Set;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/** What a gap in event ids waits for: the snapshot's bounds, or the writers holding the table's lock. */
@UseClasspathSqlLocator
public interface SnapshotDao {
    /** The transaction's snapshot bounds; call first in a REPEATABLE READ transaction, so later reads share it. */
    @SqlQuery
    @RegisterRecordMapper(SnapshotRow.class)
    SnapshotRow snapshot();

    /** The transactions (virtual ids) holding the advisory lock {@code key} (one bigint key) now. */
    @SqlQuery
    Set<String> lockHolders(long key);
}
