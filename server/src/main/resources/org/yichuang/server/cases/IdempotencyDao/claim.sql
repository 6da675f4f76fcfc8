INSERT INTO idempotency_keys (staff_id, counter_id, key, request_hash, created_at)
VALUES (:staffId, :counterId, :key, :requestHash, :at)
ON CONFLICT (staff_id, counter_id, key) DO NOTHING
