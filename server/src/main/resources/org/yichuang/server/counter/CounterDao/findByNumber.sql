SELECT c.id, c.hall_id, c.number, c.name, h.name AS hall_name, h.zone_id FROM counters c JOIN halls h ON h.id = c.hall_id
WHERE c.number = :number
ORDER BY h.id
LIMIT 1
