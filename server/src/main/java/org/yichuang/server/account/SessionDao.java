package org.yichuang.server.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Bearer-token sessions, stored by token fingerprint. */
@UseClasspathSqlLocator
@RegisterRecordMapper(SessionRow.class)
public interface SessionDao {
    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(String tokenHash, long staffId, Long counterId, Instant createdAt, Instant expiresAt);

    /** The sessions of these token fingerprints (in no order). */
    @SqlQuery
    List<SessionRow> findByTokenHashes(@Bind("tokenHashes") String[] tokenHashes);

    default Optional<SessionRow> findByTokenHash(String tokenHash) {
        return findByTokenHashes(new String[] {tokenHash}).stream().findFirst();
    }

    @SqlUpdate
    int revoke(long id, Instant at);
}
