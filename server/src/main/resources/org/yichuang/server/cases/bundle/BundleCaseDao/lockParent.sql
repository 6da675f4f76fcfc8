-- The parent row locked: two intakes of one application run one after the other
SELECT id FROM cases WHERE case_no = :caseNo AND bundle_code IS NOT NULL AND parent_case_id IS NULL FOR UPDATE
