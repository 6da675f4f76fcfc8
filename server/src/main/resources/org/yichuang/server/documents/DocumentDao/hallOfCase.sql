-- The numbering settings and phones of the hall the case was received in (V15).
SELECT h.id AS hall_id, h.name AS hall_name, h.zone_id, h.document_number_pattern, h.document_abbreviation,
       h.consulting_phone, h.supervision_phone
FROM cases k
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
WHERE k.id = :caseId
