-- version 0: the defaults, never saved by anyone; the first save expects 0
WITH created AS (
    INSERT INTO queue_settings (hall_id, settings, version, person_key_secret, updated_at)
    VALUES (:hallId, CAST(:settings AS jsonb), 0, :personKeySecret, :at)
    ON CONFLICT (hall_id) DO NOTHING
    RETURNING hall_id, settings::text AS settings, version, person_key_secret
)
SELECT * FROM created
UNION ALL
SELECT hall_id, settings::text, version, person_key_secret FROM queue_settings
 WHERE hall_id = :hallId AND NOT EXISTS (SELECT 1 FROM created)
