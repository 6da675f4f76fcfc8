-- a request's session (one fingerprint), or the sessions a server keeps in use, read again together (SessionCache)
SELECT se.id, se.staff_id, s.username, s.display_name, s.enabled,
       (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM staff_roles r WHERE r.staff_id = s.id) AS roles,
       se.expires_at, se.revoked_at, se.counter_id, c.number AS counter_number, c.name AS counter_name,
       h.name AS hall_name, h.zone_id AS hall_zone, se.token_hash
FROM sessions se
JOIN staff s ON s.id = se.staff_id
LEFT JOIN counters c ON c.id = se.counter_id
LEFT JOIN halls h ON h.id = c.hall_id
WHERE se.token_hash = ANY(CAST(:tokenHashes AS text[]))
