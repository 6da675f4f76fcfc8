package org.yichuang.server.cases;

import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/** Reads cases (办件) as receipts; {@link CaseInsertDao} stores them. */
@UseClasspathSqlLocator
@RegisterRecordMapper(ReceiptRow.class)
public interface CaseDao {
    @SqlQuery
    Optional<ReceiptRow> findReceipt(long id);

    @SqlQuery
    Optional<ReceiptRow> findReceiptByCaseNo(String caseNo);
}
