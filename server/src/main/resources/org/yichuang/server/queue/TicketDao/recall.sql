-- 重呼: the count goes on (the 过号 rule reads it)
WITH step AS (
    UPDATE tickets SET call_count = call_count + 1, last_called_at = :at, version = version + 1
     WHERE id = :id AND hall_id = :hallId AND status = 'CALLED' AND counter_no = :counterNo
    RETURNING *
), event AS (
    -- the step's event in the step's own statement (V30): one round trip, committed with it or not at all
    INSERT INTO queue_events (hall_id, at, kind, ticket_id, counter_no, staff_id, payload)
    SELECT hall_id, :at, 'RECALLED', id, :counterNo, :staffId,
           queue_event_payload(number, category_code, status, :counterNo, target_counter_no)
      FROM step
)
SELECT * FROM step
