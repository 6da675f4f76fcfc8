package org.yichuang.server.cases;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Idempotency keys (提交编号) of case submissions, each scoped to the clerk and counter that sent it. */
@UseClasspathSqlLocator
@RegisterRecordMapper(IdempotencyRow.class)
public interface IdempotencyDao {
    /**
     * Claims the key; returns 0 when it exists. A concurrent claim of the same key waits here for the first
     * transaction to end, so a key never yields two cases.
     */
    @SqlUpdate
    int claim(long staffId, long counterId, String key, String requestHash, Instant at);

    @SqlQuery
    Optional<IdempotencyRow> find(long staffId, long counterId, String key);
}
