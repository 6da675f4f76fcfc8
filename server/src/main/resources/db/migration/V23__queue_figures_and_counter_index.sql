-- Queue figures and call-next under load (issue 12 item 9 and figures; docs/queue.md "Daily figures").

-- The daily figures read one queue day's events by time; queue_events only grows (every step of every ticket, about
-- 20,000 rows a busy day), so without this the day's read scans the hall's whole history.
CREATE INDEX queue_events_hall_at ON queue_events (hall_id, at);

-- Every counter action asks for the counter's current ticket (called or served now) first; tickets_open holds every
-- open ticket of the day (5,000 waiting on a busy morning), so that question read them all at each call.
CREATE INDEX tickets_counter_current ON tickets (hall_id, service_day, counter_no)
    WHERE status IN ('CALLED', 'SERVING');
