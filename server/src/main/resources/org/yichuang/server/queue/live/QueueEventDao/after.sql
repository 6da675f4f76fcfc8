SELECT id, hall_id, at, kind, ticket_id, counter_no, payload::text AS payload
FROM queue_events
WHERE id > :afterId
ORDER BY id
LIMIT :limit
