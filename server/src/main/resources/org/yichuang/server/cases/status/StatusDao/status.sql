-- One case as the public status page shows it, with its password hash (null: no password was issued yet).
SELECT k.id, k.case_no, k.state, k.applicant_name, i.name AS item_name, i.department, k.received_at, k.accepted_at,
       d.promised_due_at, k.supplement_due_at, k.supplement_completed_at, k.decided_at, k.delivered_at,
       n.collection_method, h.name AS hall_name, h.zone_id, q.hash AS password_hash
FROM cases k
LEFT JOIN case_clocks d ON d.case_id = k.id -- the due dates live there (V21)
JOIN service_items i ON i.id = k.item_id
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
LEFT JOIN case_intakes n ON n.case_id = k.id
LEFT JOIN case_query_passwords q ON q.case_id = k.id
WHERE k.case_no = :caseNo
