-- One case as the public status page shows it, with its password hash (null: no password was issued yet).
-- A 一件事 application's parent shows the bundle's name and the members' departments (it only carries its first
-- member's item because every case has one), and its first member's 领取方式 (its notice prints that one).
SELECT k.id, k.case_no, k.state, k.applicant_name,
       CASE WHEN k.parent_case_id IS NULL AND k.bundle_code IS NOT NULL THEN k.bundle_name ELSE i.name END
           AS item_name,
       CASE WHEN k.parent_case_id IS NULL AND k.bundle_code IS NOT NULL THEN k.department ELSE i.department END
           AS department,
       k.received_at, k.accepted_at,
       d.promised_due_at, k.supplement_due_at, k.supplement_completed_at, k.decided_at, k.delivered_at,
       coalesce(n.collection_method, (SELECT ci.collection_method FROM cases ch
                                        JOIN case_intakes ci ON ci.case_id = ch.id
                                       WHERE ch.parent_case_id = k.id
                                       ORDER BY ch.bundle_position LIMIT 1)) AS collection_method,
       h.name AS hall_name, h.zone_id, q.hash AS password_hash
FROM cases k
LEFT JOIN case_clocks d ON d.case_id = k.id -- the due dates live there (V21)
JOIN service_items i ON i.id = k.item_id
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
LEFT JOIN case_intakes n ON n.case_id = k.id
LEFT JOIN case_query_passwords q ON q.case_id = k.id
WHERE k.case_no = :caseNo
