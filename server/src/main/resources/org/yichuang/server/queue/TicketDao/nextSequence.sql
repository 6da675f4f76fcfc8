INSERT INTO queue_sequences (hall_id, service_day, category_code, last_sequence)
VALUES (:hallId, :day, :category, 1)
ON CONFLICT (hall_id, service_day, category_code)
DO UPDATE SET last_sequence = queue_sequences.last_sequence + 1
RETURNING last_sequence
