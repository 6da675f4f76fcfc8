SELECT k.id, k.case_no, c.hall_id, h.zone_id
FROM cases k
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
WHERE k.case_no = :caseNo
