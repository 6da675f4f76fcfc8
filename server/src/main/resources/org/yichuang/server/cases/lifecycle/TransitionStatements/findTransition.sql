SELECT t.id, k.case_no, t.request_hash, t.result::text AS result
FROM case_transitions t JOIN cases k ON k.id = t.case_id
WHERE t.staff_id = :staffId AND t.idempotency_key = :key
