UPDATE idempotency_keys SET case_id = :caseId
WHERE staff_id = :staffId AND counter_id = :counterId AND key = :key
