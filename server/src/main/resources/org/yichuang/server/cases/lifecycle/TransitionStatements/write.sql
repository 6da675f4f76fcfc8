-- A transition's writes in one round trip: the case's new columns with its 红黄牌 level and version bump (its row is
-- locked by CaseRows' row.sql in this transaction), the transition with the request's hash and its answer, the audit
-- row and, when the level changed, the alert event for the case's clerk (AlertStream polls alert_events).
-- The level is written by this UPDATE, never by a second one: every UPDATE of a case makes a new row version with an
-- entry in each of its indexes. SET expressions read the row as it was; a data-modifying WITH runs whether or not
-- the main statement reads it. The due dates live in case_clocks (V21): its narrow row is rewritten here too, with
-- its version bumped so that a calendar recompute that read the case before this transition does not write over it.
WITH changed AS (
    UPDATE cases
    SET state = :state, state_version = state_version + 1,
        supplement_notice_served_at = :supplementNoticeServedAt, supplement_due_at = :supplementDueAt,
        supplement_completed_at = :supplementCompletedAt, accepted_at = :acceptedAt,
        acceptance_basis = :acceptanceBasis, decided_at = :decidedAt, delivered_at = :deliveredAt,
        current_step = :currentStep, step_due_at = :stepDueAt,
        alert_changed_at = CASE WHEN alert_level = :newLevel THEN alert_changed_at ELSE :at END,
        alert_level = :newLevel
    WHERE id = :caseId
), clocks AS (
    UPDATE case_clocks
    SET legal_due_at = :legalDueAt, promised_due_at = :promisedDueAt, calendar_version = :calendarVersion,
        version = version + 1
    WHERE case_id = :caseId
), transition AS (
    INSERT INTO case_transitions (case_id, action, from_state, to_state, at, staff_id, idempotency_key,
                                  request_hash, detail, result)
    VALUES (:caseId, :action, :fromState, :state, :at, :staffId, :key, :requestHash, CAST(:detail AS jsonb),
            CAST(:result AS jsonb))
), alert AS (
    INSERT INTO alert_events (case_id, staff_id, at, old_level, new_level, reason)
    SELECT :caseId, :caseStaffId, :at, :oldLevel, :newLevel, :alertReason
    WHERE :newLevel <> :oldLevel
)
INSERT INTO audit_log (at, staff_id, action, subject, detail)
VALUES (:at, :staffId, :auditAction, :caseNo, :auditDetail)
