-- The transition with the request's hash and its answer, and its audit row, in one round trip.
WITH transition AS (
    INSERT INTO case_transitions (case_id, action, from_state, to_state, at, staff_id, idempotency_key,
                                  request_hash, detail, result)
    VALUES (:caseId, :action, :fromState, :toState, :at, :staffId, :key, :requestHash, CAST(:detail AS jsonb),
            CAST(:result AS jsonb))
)
INSERT INTO audit_log (at, staff_id, action, subject, detail)
VALUES (:at, :staffId, :auditAction, :caseNo, :auditDetail)
