UPDATE idempotency_keys SET case_id = :caseId WHERE key = :key
