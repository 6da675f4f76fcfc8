-- A case's documents in order of issue (not their PDFs; the papers follow from the kind).
SELECT d.id, d.kind, d.document_number, d.issued_at, s.display_name AS issued_by,
       d.copies_printed
FROM case_documents d
LEFT JOIN staff s ON s.id = d.issued_by
WHERE d.case_id = :caseId
ORDER BY d.id
