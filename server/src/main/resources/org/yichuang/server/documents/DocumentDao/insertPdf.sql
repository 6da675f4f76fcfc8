INSERT INTO case_document_pdfs (document_id, paper, pdf) VALUES (:documentId, :paper, :pdf)
