INSERT INTO sign_in_failures AS f (name_hash, failures, last_failure_at)
VALUES (:nameHash, 1, :at)
ON CONFLICT (name_hash) DO UPDATE
    SET failures = CASE WHEN f.last_failure_at < :cutoff THEN 1 ELSE f.failures + 1 END,
        last_failure_at = :at
RETURNING failures
