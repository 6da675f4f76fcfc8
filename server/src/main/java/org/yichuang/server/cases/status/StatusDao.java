package org.yichuang.server.cases.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** The 查询密码, the 领取方式 and the facts of the public status page (V24). */
@UseClasspathSqlLocator
@RegisterRecordMapper(StatusRow.class)
public interface StatusDao {
    /** Stores a case's password hash unless it has one; returns 1 when stored. */
    @SqlUpdate
    int insertPassword(long caseId, byte[] hash, Instant issuedAt);

    /** The hall's configured public address of the case's hall; empty when none is configured. */
    @SqlQuery
    Optional<String> publicBaseUrl(long caseId);

    @SqlUpdate
    void setCollectionMethod(long caseId, String method);

    @SqlQuery
    Optional<String> collectionMethod(long caseId);

    /** What the public page shows of a case, found by its number; empty when there is no such case. */
    @SqlQuery
    Optional<StatusRow> status(String caseNo);

    /** The names of the materials still to come (missing or not as required), in checklist order. */
    @SqlQuery
    List<String> outstanding(long caseId);

}
