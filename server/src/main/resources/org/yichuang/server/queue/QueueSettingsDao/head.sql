-- What every queue request needs first, in one round trip: the hall, its settings' version (null before the first
-- use) and when the first held ticket's time is up (tickets_held index; null while none is held).
SELECT h.id AS hall_id, h.name AS hall_name, h.zone_id, h.public_base_url, s.version,
       (SELECT min(t.held_until) FROM tickets t WHERE t.status = 'HELD' AND t.hall_id = h.id) AS first_hold_ends
  FROM (SELECT id, name, zone_id, public_base_url FROM halls ORDER BY id LIMIT 1) h
  LEFT JOIN queue_settings s ON s.hall_id = h.id
