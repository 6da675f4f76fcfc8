package org.yichuang.server.live;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the bounds of the current transaction's snapshot. */
@UseClasspathSqlLocator
public interface SnapshotDao {
    /** The transaction's snapshot bounds; call first in a REPEATABLE READ transaction, so later reads share it. */
    @SqlQuery
    @RegisterConstructorMapper(SnapshotRow.class)
    SnapshotRow snapshot();
}
