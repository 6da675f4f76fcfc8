INSERT INTO case_sequences (item_id, day, last_value)
VALUES (:itemId, :day, 1)
ON CONFLICT (item_id, day) DO UPDATE SET last_value = case_sequences.last_value + 1
RETURNING last_value
