package org.yichuang.server.catalog;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/**
 * The version of an item in force at some time, as every new case reads it. Alone in its DAO because Jdbi builds a
 * handler for every method of a DAO each time one is attached: attaching {@link ItemVersionDao} for this one query
 * cost more CPU than the query (JFR, bench/server-load.sh).
 */
@UseClasspathSqlLocator
@RegisterRecordMapper(InForceRow.class)
public interface ItemInForceDao {
    /** The summary of the item's version in force at {@code at}; empty when none is (unknown, withdrawn, future). */
    @SqlQuery
    Optional<InForceRow> summaryInForceAt(String implementationCode, Instant at);
}
