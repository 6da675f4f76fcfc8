package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements every transition runs after locking its case ({@link CaseRowDao#lock}): its earlier answer, its new
 * columns and the transition row with its audit. Apart from {@link LifecycleDao} because Jdbi builds a handler per DAO
 * method at each attach, which on a hot path costs more than the statements (see CaseInsertDao).
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(StoredTransition.class)
public interface TransitionDao {
    @SqlUpdate
    int update(long id, String state, Instant supplementNoticeServedAt, Instant supplementDueAt,
            Instant supplementCompletedAt, Instant acceptedAt, String acceptanceBasis, Instant legalDueAt,
            Instant promisedDueAt, Integer calendarVersion, Instant decidedAt, Instant deliveredAt,
            String currentStep, Instant stepDueAt, String alertLevel, Instant at);

    @SqlQuery
    Optional<StoredTransition> findTransition(long staffId, String key);

    /**
     * Inserts the transition, its audit row and, when the level changed ({@code newLevel} not {@code oldLevel}), the
     * alert event for the clerk's stream, in one statement.
     */
    @SqlUpdate
    void insertTransition(long caseId, String caseNo, String action, String fromState, String toState, Instant at,
            Long staffId, String key, String requestHash, String detail, String result, String auditAction,
            String auditDetail, long caseStaffId, String oldLevel, String newLevel, String alertReason);
}
