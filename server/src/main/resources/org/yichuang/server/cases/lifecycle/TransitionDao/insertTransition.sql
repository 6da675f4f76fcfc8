-- The transition with the request's hash and its answer, its audit row and, when its 红黄牌 level changed, the alert
-- event for the case's clerk (AlertStream polls alert_events), in one round trip. A data-modifying WITH runs whether
-- or not the main statement reads it.
WITH transition AS (
    INSERT INTO case_transitions (case_id, action, from_state, to_state, at, staff_id, idempotency_key,
                                  request_hash, detail, result)
    VALUES (:caseId, :action, :fromState, :toState, :at, :staffId, :key, :requestHash, CAST(:detail AS jsonb),
            CAST(:result AS jsonb))
), alert AS (
    INSERT INTO alert_events (case_id, staff_id, at, old_level, new_level, reason)
    SELECT :caseId, :caseStaffId, :at, :oldLevel, :newLevel, :alertReason
    WHERE :newLevel <> :oldLevel
)
INSERT INTO audit_log (at, staff_id, action, subject, detail)
VALUES (:at, :staffId, :auditAction, :caseNo, :auditDetail)
