SELECT coalesce(f.failures, 0) AS failures, f.last_failure_at,
       EXISTS (SELECT 1 FROM sign_in_trusted_addresses t
               WHERE t.name_hash = :nameHash AND t.address = :address) AS trusted
FROM (SELECT 1) AS one
LEFT JOIN sign_in_failures f ON f.name_hash = :nameHash AND f.last_failure_at >= :cutoff
