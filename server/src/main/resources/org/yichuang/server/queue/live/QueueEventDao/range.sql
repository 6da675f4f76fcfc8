SELECT id, hall_id, at, kind, ticket_id, counter_no, payload::text AS payload
FROM queue_events
WHERE hall_id = :hallId AND id > :afterId AND id <= :upTo
ORDER BY id
LIMIT :limit
