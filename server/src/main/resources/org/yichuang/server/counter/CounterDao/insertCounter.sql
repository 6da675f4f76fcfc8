INSERT INTO counters (hall_id, number, name) VALUES (:hallId, :number, :name)
