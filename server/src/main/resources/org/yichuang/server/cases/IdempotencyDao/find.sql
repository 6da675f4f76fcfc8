SELECT key, request_hash, case_id
FROM idempotency_keys
WHERE staff_id = :staffId AND counter_id = :counterId AND key = :key
