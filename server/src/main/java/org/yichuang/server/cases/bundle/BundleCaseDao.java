package org.yichuang.server.cases.bundle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Stores and reads 一件事 applications: a parent case and its children (V16). */
@UseClasspathSqlLocator
@RegisterRecordMapper(BundleMemberRow.class)
@RegisterRecordMapper(HallClockRow.class)
public interface BundleCaseDao {
    /** Numbers and inserts the parent; empty when the day's numbers are used up. */
    @SqlQuery
    Optional<Long> insertParent(String caseNoPrefix, int maxSequence, LocalDate day, long itemId, long itemVersionId,
            long personId, String applicantName, String phone, String remarks, long counterId, long staffId,
            Instant receivedAt, String department, String bundleCode, String bundleName, String runMode,
            Integer limitValue, String limitUnit, Instant dueAt, LocalDate dueOn, @BindMethods("p") CaseParties parties);

    /** Numbers and inserts one child; empty when its item's numbers for the day are used up. */
    @SqlQuery
    Optional<String> insertChild(String caseNoPrefix, int maxSequence, LocalDate day, long itemId, long itemVersionId,
            long personId, String applicantName, String phone, String remarks, long counterId, long staffId,
            Instant receivedAt, String department, LocalDate noticeDueOn, long parentId, String bundleCode,
            String bundleName, int position, String runMode, Integer limitValue, String limitUnit, Instant startAt,
            Instant dueAt, LocalDate dueOn, @BindMethods("p") CaseParties parties);

    /** Links the application's idempotency key to its parent case. */
    @SqlUpdate
    void linkKey(long staffId, long counterId, String key, long caseId);

    @SqlQuery
    HallClockRow hallClock(long counterId);

    /** The parent and its children, parent first. */
    @SqlQuery
    List<BundleMemberRow> members(long parentId);

    /** The parent's id for a parent's or a child's number. */
    @SqlQuery
    Optional<Long> findParentId(String caseNo);

    /** The children's item versions as JSON, in member order. */
    @SqlQuery
    List<String> memberItems(long parentId);

    /** The sum of the children's state versions: unchanged by an intake that only replayed stored answers. */
    @SqlQuery
    long childVersions(long parentId);

    /** Locks the children of the parent with this number; empty when the number is no parent case. */
    @SqlQuery
    List<Long> lockChildren(String caseNo);
}
