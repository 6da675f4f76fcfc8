INSERT INTO halls (name, zone_id) VALUES (:name, :zoneId)
