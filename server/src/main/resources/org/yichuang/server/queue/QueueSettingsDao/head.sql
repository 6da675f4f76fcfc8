-- What every queue request needs first, in one round trip: the hall, its settings' version (null before the first
-- use) and whether a held ticket's time is up (tickets_held index).
SELECT h.id AS hall_id, h.name AS hall_name, h.zone_id, h.public_base_url, s.version,
       EXISTS (SELECT 1 FROM tickets t
                WHERE t.status = 'HELD' AND t.held_until <= :at AND t.hall_id = h.id) AS holds_due
  FROM (SELECT id, name, zone_id, public_base_url FROM halls ORDER BY id LIMIT 1) h
  LEFT JOIN queue_settings s ON s.hall_id = h.id
