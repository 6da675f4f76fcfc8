SELECT pdf FROM case_document_pdfs WHERE document_id = :documentId AND paper = :paper
