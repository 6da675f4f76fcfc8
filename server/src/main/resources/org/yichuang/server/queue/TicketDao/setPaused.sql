-- 暂停服务 / 恢复服务, with its event in the same statement (V30)
WITH state AS (
    INSERT INTO queue_counter_states (hall_id, counter_no, paused, changed_at, changed_by)
    VALUES (:hallId, :counterNo, :paused, :at, :staffId)
    ON CONFLICT (hall_id, counter_no) DO UPDATE SET paused = :paused, changed_at = :at, changed_by = :staffId
    RETURNING hall_id, counter_no, paused
)
INSERT INTO queue_events (hall_id, at, kind, counter_no, staff_id, payload)
SELECT hall_id, :at, CASE WHEN paused THEN 'COUNTER_PAUSED' ELSE 'COUNTER_RESUMED' END, counter_no, :staffId,
       jsonb_build_object('counterNo', counter_no)
  FROM state
