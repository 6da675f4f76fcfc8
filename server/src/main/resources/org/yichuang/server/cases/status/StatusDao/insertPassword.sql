INSERT INTO case_query_passwords (case_id, hash, issued_at)
VALUES (:caseId, :hash, :issuedAt)
ON CONFLICT (case_id) DO NOTHING
