package org.yichuang.server.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** The audit log (审计日志); attach it to the handle of the change it records, so both commit together. */
@UseClasspathSqlLocator
@RegisterRecordMapper(AuditEntry.class)
public interface AuditDao {
    @SqlUpdate
    void insert(Instant at, Long staffId, String action, String subject, String detail);

    /** Records an action. */
    default void record(Instant at, Long staffId, AuditAction action, String subject, String detail) {
        insert(at, staffId, action.name(), subject, detail);
    }

    /** Inserts many rows in one batch (a catalog import audits every item); the lists run in parallel. */
    @SqlBatch("insert")
    void insertAll(Instant at, Long staffId, String action, List<String> subject, List<String> detail);

    /** Entries matching every given filter (null or empty: no filter), newest (highest id) first. */
    @SqlQuery
    List<AuditEntry> page(Long before, String[] actions, String[] excluded, String username, String subject,
            Instant fromAt, Instant toAt, int limit);
}
