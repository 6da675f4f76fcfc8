-- 指定叫号: empty when another counter called it first
WITH step AS (
    UPDATE tickets
       SET status = 'CALLED', counter_no = :counterNo, target_counter_no = NULL, call_count = 1,
           first_called_at = :at, last_called_at = :at, called_by = :staffId, version = version + 1
     WHERE id = :id AND hall_id = :hallId AND status = 'WAITING'
    RETURNING *
), event AS (
    -- the step's event in the step's own statement (V30): one round trip, committed with it or not at all
    INSERT INTO queue_events (hall_id, at, kind, ticket_id, counter_no, staff_id, payload)
    SELECT hall_id, :at, 'CALLED', id, :counterNo, :staffId,
           queue_event_payload(number, category_code, status, :counterNo, target_counter_no)
      FROM step
)
SELECT * FROM step
