package org.yichuang.server.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Cases (办件) and their daily numbering. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(ReceiptRow.class)
public interface CaseDao {
    /** Returns the next daily sequence number of the item; an upsert, so concurrent counters never collide. */
    @SqlQuery
    int nextSequence(long itemId, LocalDate day);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(String caseNo, long itemId, long itemVersionId, long personId, String applicantName, String phone, String remarks,
            long counterId, long staffId, Instant receivedAt);

    @SqlQuery
    Optional<ReceiptRow> findReceipt(long id);

    @SqlQuery
    Optional<ReceiptRow> findReceiptByCaseNo(String caseNo);
}
