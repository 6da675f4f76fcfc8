SELECT h.public_base_url
FROM cases k
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
WHERE k.id = :caseId AND h.public_base_url IS NOT NULL
