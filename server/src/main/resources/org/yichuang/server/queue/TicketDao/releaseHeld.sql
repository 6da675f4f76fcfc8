-- held tickets whose time is up return to the counter that held them (target_counter_no), at their old place
WITH step AS (
    UPDATE tickets
       SET status = 'WAITING', target_counter_no = counter_no, held_until = NULL, version = version + 1
     WHERE hall_id = :hallId AND status = 'HELD' AND held_until <= :at
    RETURNING *
), event AS (
    -- the step's event in the step's own statement (V30): one round trip, committed with it or not at all
    INSERT INTO queue_events (hall_id, at, kind, ticket_id, counter_no, staff_id, payload)
    SELECT hall_id, :at, 'HOLD_ENDED', id, target_counter_no, NULL,
           queue_event_payload(number, category_code, status, target_counter_no, target_counter_no)
      FROM step
)
SELECT * FROM step
