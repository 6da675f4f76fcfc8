SELECT e.id AS event_id, e.payload ->> 'number' AS number, e.payload ->> 'category' AS category, e.counter_no, e.at
  FROM queue_events e
  JOIN tickets t ON t.id = e.ticket_id
 WHERE e.hall_id = :hallId AND e.kind IN ('CALLED', 'RECALLED') AND t.service_day = :day
 ORDER BY e.id DESC
 LIMIT :limit
