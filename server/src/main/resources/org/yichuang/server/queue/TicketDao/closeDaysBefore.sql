-- 日终: tickets an earlier queue day left open are closed with the reason their state gives, each with its event
WITH closed AS (
    UPDATE tickets
       SET status = 'CLOSED', finished_at = :at, version = version + 1,
           closed_reason = CASE status
               WHEN 'WAITING' THEN '当日未叫号，日终关闭'
               WHEN 'CALLED' THEN '叫号后未到，日终关闭'
               WHEN 'SERVING' THEN '办理中未办结，日终关闭'
               ELSE '挂起后未返回，日终关闭' END
     WHERE hall_id = :hallId AND service_day < :day AND status IN ('WAITING', 'CALLED', 'SERVING', 'HELD')
    RETURNING id, hall_id, number, category_code, closed_reason
)
INSERT INTO queue_events (hall_id, at, kind, ticket_id, payload)
SELECT hall_id, :at, 'CLOSED', id,
       jsonb_build_object('number', number, 'category', category_code, 'status', 'CLOSED', 'reason', closed_reason)
  FROM closed
