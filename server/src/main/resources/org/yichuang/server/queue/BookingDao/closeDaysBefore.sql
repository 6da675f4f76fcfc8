-- 日终: bookings of closed queue days that nobody checked in are missed (爽约); every booking of those days loses
-- its name and phone, which only served reception on the day. Returns how many were missed.
WITH closed AS (
    UPDATE bookings
       SET status = CASE status WHEN 'BOOKED' THEN 'NO_SHOW' ELSE status END,
           no_show_at = CASE status WHEN 'BOOKED' THEN CAST(:at AS timestamptz) ELSE no_show_at END,
           name = NULL, phone = NULL
     WHERE hall_id = :hallId AND service_day < :day AND name IS NOT NULL
    RETURNING status
)
SELECT count(*) FILTER (WHERE status = 'NO_SHOW')::int FROM closed
