-- A paper rendered on its first request; a request at the same time may have stored it first (same data, same PDF)
INSERT INTO case_document_pdfs (document_id, paper, pdf) VALUES (:documentId, :paper, :pdf)
ON CONFLICT (document_id, paper) DO NOTHING
