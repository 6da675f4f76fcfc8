-- A parent case and its children, parent first, children in member order
SELECT k.id, k.case_no, k.parent_case_id, k.bundle_code, k.bundle_name, k.bundle_position, k.bundle_run_mode,
       k.bundle_limit_value, k.bundle_limit_unit, k.bundle_start_at, k.bundle_due_at, k.bundle_due_on, k.state,
       k.department, d.promised_due_at, d.legal_due_at
FROM cases k
JOIN case_clocks d ON d.case_id = k.id -- the due dates live there (V21)
WHERE k.id = :parentId OR k.parent_case_id = :parentId
ORDER BY k.parent_case_id NULLS FIRST, k.bundle_position
