-- The ticket's own values come from the caller, not from a join with itself: on statistics taken while the day had no
-- open tickets, the planner estimated one row for the tickets_open index and looked the ticket up through it once per
-- waiting ticket (a nested loop: 614 x 632 tuples, 370-515 ms per count, and ticket issue fell to 40 a second in
-- bench/queue-load.sh). Without the join every plan reads each waiting ticket of the category at most once.
SELECT count(*)::int
  FROM tickets t
 WHERE t.hall_id = :hallId AND t.service_day = :serviceDay AND t.category_code = :categoryCode
   AND t.status = 'WAITING' AND t.target_counter_no IS NULL
   AND ((t.priority_reason IS NOT NULL AND CAST(:priorityReason AS text) IS NULL)
        OR ((t.priority_reason IS NULL) = (CAST(:priorityReason AS text) IS NULL)
            AND (t.queued_at, t.id) < (CAST(:queuedAt AS timestamptz), :id)))
