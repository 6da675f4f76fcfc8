SELECT e.id, e.case_id, e.staff_id, k.case_no, e.at, e.old_level, e.new_level, e.reason
FROM alert_events e
JOIN cases k ON k.id = e.case_id
WHERE e.id > :afterId
ORDER BY e.id
LIMIT :limit
