INSERT INTO queue_counter_states (hall_id, counter_no, paused, changed_at, changed_by)
VALUES (:hallId, :counterNo, :paused, :at, :staffId)
ON CONFLICT (hall_id, counter_no) DO UPDATE SET paused = :paused, changed_at = :at, changed_by = :staffId
