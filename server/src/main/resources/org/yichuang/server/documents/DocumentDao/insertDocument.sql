INSERT INTO case_documents (case_id, hall_id, kind, document_number, year, seq, data, issued_at, issued_by)
VALUES (:caseId, :hallId, :kind, :documentNumber, :year, :seq, :data, :issuedAt, :issuedBy)
