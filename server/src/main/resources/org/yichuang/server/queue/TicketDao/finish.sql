-- 办结: finishing a called ticket means it was served: the service started when it was called
WITH step AS (
    UPDATE tickets SET status = 'DONE', started_at = COALESCE(started_at, last_called_at), finished_at = :at,
           version = version + 1
     WHERE id = :id AND hall_id = :hallId AND status IN ('CALLED', 'SERVING') AND counter_no = :counterNo
    RETURNING *
), event AS (
    -- the step's event in the step's own statement (V30): one round trip, committed with it or not at all
    INSERT INTO queue_events (hall_id, at, kind, ticket_id, counter_no, staff_id, payload)
    SELECT hall_id, :at, 'FINISHED', id, :counterNo, :staffId,
           queue_event_payload(number, category_code, status, :counterNo, target_counter_no)
      FROM step
)
SELECT * FROM step
