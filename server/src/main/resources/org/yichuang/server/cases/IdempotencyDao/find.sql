SELECT key, request_hash, case_id FROM idempotency_keys WHERE key = :key
