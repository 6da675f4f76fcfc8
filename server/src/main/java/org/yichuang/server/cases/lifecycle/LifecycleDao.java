package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** A case's clock stops, extensions and deadline history, and the cases the day sweep deems accepted. */
@UseClasspathSqlLocator
@RegisterRecordMapper(SuspensionRow.class)
@RegisterRecordMapper(ExtensionRow.class)
@RegisterRecordMapper(HistoryRow.class)
public interface LifecycleDao {
    @SqlQuery
    List<SuspensionRow> suspensions(long caseId);

    @SqlUpdate
    void insertSuspension(long caseId, String kind, String reason, LocalDate startedOn, long staffId);

    @SqlUpdate
    int endSuspension(long id, LocalDate endedOn, long staffId);

    @SqlQuery
    List<ExtensionRow> extensions(long caseId);

    @SqlUpdate
    void insertExtension(long caseId, int workingDays, String reason, long approverId, Instant at, long staffId);

    @SqlQuery
    Optional<Long> supervisorId(String username);

    @SqlQuery
    List<HistoryRow> history(long caseId);

    @SqlUpdate
    void insertHistory(long caseId, Instant at, Integer oldCalendarVersion, Integer newCalendarVersion,
            Instant oldLegalDueAt, Instant newLegalDueAt, Instant oldPromisedDueAt, Instant newPromisedDueAt,
            String reason);

    @SqlQuery
    List<Long> noticeOverdue(Instant now, int limit);
}
