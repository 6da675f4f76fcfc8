-- Gap-free numbering: the upsert locks the counter row until the issuing transaction ends. Two first issues of a new
-- year race on the primary key: one inserts, the other waits for it and increments.
INSERT INTO document_counters AS d (hall_id, kind, year, last_value)
VALUES (:hallId, :kind, :year, 1)
ON CONFLICT (hall_id, kind, year) DO UPDATE SET last_value = d.last_value + 1
RETURNING last_value
