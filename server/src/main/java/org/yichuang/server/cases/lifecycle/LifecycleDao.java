package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Case lifecycle storage: the locked case, its transitions, clock stops, extensions and deadline history. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(LifecycleRow.class)
@RegisterConstructorMapper(SuspensionRow.class)
@RegisterConstructorMapper(ExtensionRow.class)
@RegisterConstructorMapper(HistoryRow.class)
@RegisterConstructorMapper(StoredTransition.class)
public interface LifecycleDao {
    @SqlQuery
    Optional<LifecycleRow> lock(String caseNo);

    @SqlQuery
    Optional<LifecycleRow> lockById(long id);

    @SqlQuery
    Optional<LifecycleRow> find(String caseNo);

    @SqlUpdate
    int update(long id, String state, Instant supplementNoticeServedAt, Instant supplementDueAt,
            Instant supplementCompletedAt, Instant acceptedAt, String acceptanceBasis, Instant legalDueAt,
            Instant promisedDueAt, Integer calendarVersion, Instant decidedAt, Instant deliveredAt,
            String currentStep, Instant stepDueAt);

    @SqlQuery
    Optional<StoredTransition> findTransition(long staffId, String key);

    @SqlUpdate
    void insertTransition(long caseId, String action, String fromState, String toState, Instant at, Long staffId,
            String key, String requestHash, String detail, String result);

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
