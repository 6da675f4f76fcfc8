-- One statement: the bounds of its snapshot come with its rows (one row with no event when there is none), so the
-- stream's gap rule compares the ids it saw with the transactions that were running when it saw them.
SELECT s.xmin, s.xmax, e.id, e.hall_id, e.at, e.kind, e.ticket_id, e.counter_no, e.payload
  FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin,
               pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax) s
  LEFT JOIN LATERAL (
        SELECT id, hall_id, at, kind, ticket_id, counter_no, payload::text AS payload
          FROM queue_events
         WHERE id > :afterId
         ORDER BY id
         LIMIT :limit
  ) e ON true
 ORDER BY e.id
