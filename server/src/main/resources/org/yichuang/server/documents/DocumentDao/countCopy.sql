UPDATE case_documents SET copies_printed = copies_printed + 1 WHERE id = :id RETURNING copies_printed
