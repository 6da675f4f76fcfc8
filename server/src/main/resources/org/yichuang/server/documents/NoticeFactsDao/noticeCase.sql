-- A case as its notices print it: applicant, dates (after the outcome just written), counter and issuing clerk.
SELECT k.case_no, k.applicant_name, k.phone, p.id_number, p.id_type, p.kind AS applicant_kind,
       k.legal_representative, k.agent_name, k.agent_document_type, k.agent_document_number, k.agent_phone,
       k.received_at, k.accepted_at, k.decided_at,
       d.legal_due_at, d.promised_due_at, k.item_version_id, h.zone_id, c.number AS counter_number,
       (SELECT s.display_name FROM staff s WHERE s.id = :staffId) AS clerk_name,
       k.legal_representative_document_type, k.legal_representative_document_number
FROM cases k
JOIN case_clocks d ON d.case_id = k.id -- the due dates live there (V21)
JOIN persons p ON p.id = k.person_id
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
WHERE k.id = :caseId
