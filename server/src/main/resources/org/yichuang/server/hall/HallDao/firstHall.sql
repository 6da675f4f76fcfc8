SELECT id, name, zone_id FROM halls ORDER BY id LIMIT 1
