-- The parent case of an application by its number (a child's number answers its parent)
SELECT COALESCE(k.parent_case_id, k.id)
FROM cases k
WHERE k.case_no = :caseNo AND k.bundle_code IS NOT NULL
