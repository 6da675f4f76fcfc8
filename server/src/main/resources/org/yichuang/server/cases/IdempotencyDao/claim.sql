INSERT INTO idempotency_keys (key, request_hash, created_at)
VALUES (:key, :requestHash, :at)
ON CONFLICT (key) DO NOTHING
