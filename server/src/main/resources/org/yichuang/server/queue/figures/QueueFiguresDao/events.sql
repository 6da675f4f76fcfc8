-- the queue day's events in time order: every step of its tickets and the counters' pauses inside the day's hours
-- (queue_events_hall_at, V23); the CLOSED events the next day writes for what this day left open fall outside
SELECT e.id, e.at, e.kind, e.ticket_id, e.counter_no, e.staff_id,
       e.payload ->> 'category' AS category,
       CAST(e.payload ->> 'targetCounterNo' AS integer) AS target_counter_no,
       t.issued_at,
       t.priority_reason IS NOT NULL AS priority
  FROM queue_events e
  LEFT JOIN tickets t ON t.id = e.ticket_id
 WHERE e.hall_id = :hallId AND e.at >= :from AND e.at < :to
   AND (e.ticket_id IS NULL OR t.service_day = :day)
 ORDER BY e.at, e.id
