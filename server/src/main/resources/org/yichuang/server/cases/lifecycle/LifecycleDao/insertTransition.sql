INSERT INTO case_transitions (case_id, action, from_state, to_state, at, staff_id, idempotency_key, request_hash,
                              detail, result)
VALUES (:caseId, :action, :fromState, :toState, :at, :staffId, :key, :requestHash, CAST(:detail AS jsonb),
        CAST(:result AS jsonb))
