-- Call next (叫号) reads the head of each category the counter serves, in the order it calls them: tickets sent to a
-- counter first, then priority (优先), then arrival. This index hands out each head in one step, where the old one
-- (by arrival only) made every call read and sort the whole waiting day of its categories.
CREATE INDEX tickets_waiting_head ON tickets (hall_id, service_day, category_code,
    (target_counter_no IS NOT NULL) DESC, (priority_reason IS NOT NULL) DESC, queued_at, id)
    WHERE status = 'WAITING';
DROP INDEX tickets_waiting;
