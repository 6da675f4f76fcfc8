INSERT INTO hall_document_codes (hall_id, kind, code) VALUES (:hallId, :kind, :code)
