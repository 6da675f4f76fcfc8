SELECT e.working_days, e.reason, s.display_name AS approver_name, e.granted_at
FROM case_extensions e JOIN staff s ON s.id = e.approver_id
WHERE e.case_id = :caseId ORDER BY e.id
