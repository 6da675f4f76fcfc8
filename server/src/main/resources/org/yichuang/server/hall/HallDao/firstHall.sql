SELECT id, name, zone_id, public_base_url FROM halls ORDER BY id LIMIT 1
