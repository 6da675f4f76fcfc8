package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * The statements every transition runs after locking its case ({@link CaseRows#lock}): its earlier answer, then all
 * its writes in one round trip. Fluent statements on the transaction's handle: attaching an SQL object cost a third
 * of a transition's server time (JFR, bench/server-transition.sh).
 */
final class TransitionStatements {
    private final String findTransition;
    private final String write;

    TransitionStatements() {
        ClasspathSqlLocator sql = ClasspathSqlLocator.removingComments();
        findTransition = sql.locate(TransitionStatements.class, "findTransition");
        write = sql.locate(TransitionStatements.class, "write");
    }

    /**
     * What the transition row says besides the case's columns.
     *
     * @param staffId     who made it; null for the system (视为受理)
     * @param key         the request's idempotency key (提交编号); null for the system
     * @param requestHash the hash of the request's content; null for the system
     * @param detail      the request without its key (JSON)
     * @param result      the answer (JSON), replayed for the same key and content
     */
    record Entry(String action, Instant at, Long staffId, String key, String requestHash, String detail,
            String result, String auditAction, String auditDetail) {
    }

    /** The transition a staff member made earlier with this key, if any. */
    Optional<StoredTransition> find(Handle h, long staffId, String key) {
        return h.createQuery(findTransition).bind("staffId", staffId).bind("key", key)
                .map((rs, ctx) -> new StoredTransition(rs.getLong("id"), rs.getString("case_no"),
                        rs.getString("request_hash"), rs.getString("result")))
                .findOne();
    }

    /** Writes the case's new columns and level, the transition row, its audit row and any alert event. */
    void write(Handle h, CaseChange c, Entry e) {
        LifecycleRow before = c.before;
        h.createUpdate(write)
                .bind("caseId", before.id())
                .bind("caseNo", before.caseNo())
                .bind("state", c.state.name())
                .bind("fromState", before.state().name())
                .bind("supplementNoticeServedAt", c.supplementNoticeServedAt)
                .bind("supplementDueAt", c.supplementDueAt)
                .bind("supplementCompletedAt", c.supplementCompletedAt)
                .bind("acceptedAt", c.acceptedAt)
                .bind("acceptanceBasis", c.acceptanceBasis == null ? null : c.acceptanceBasis.name())
                .bind("legalDueAt", c.legalDueAt)
                .bind("promisedDueAt", c.promisedDueAt)
                .bind("calendarVersion", c.calendarVersion)
                .bind("decidedAt", c.decidedAt)
                .bind("deliveredAt", c.deliveredAt)
                .bind("currentStep", c.currentStep)
                .bind("stepDueAt", c.stepDueAt)
                .bind("caseStaffId", before.staffId())
                .bind("oldLevel", before.alertLevel())
                .bind("newLevel", c.alert.level().name())
                .bind("alertReason", c.alert.reason())
                .bind("action", e.action())
                .bind("at", e.at())
                .bind("staffId", e.staffId())
                .bind("key", e.key())
                .bind("requestHash", e.requestHash())
                .bind("detail", e.detail())
                .bind("result", e.result())
                .bind("auditAction", e.auditAction())
                .bind("auditDetail", e.auditDetail())
                .execute();
    }
}
