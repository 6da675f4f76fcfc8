SELECT name FROM case_materials
WHERE case_id = :caseId AND status IN ('MISSING', 'DEFECTIVE')
ORDER BY position
