DELETE FROM hall_document_codes WHERE hall_id = :hallId
