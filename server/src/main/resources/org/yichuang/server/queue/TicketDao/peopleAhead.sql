SELECT count(*)::int
  FROM tickets t, tickets me
 WHERE me.id = :id AND me.status = 'WAITING'
   AND t.hall_id = me.hall_id AND t.service_day = me.service_day AND t.category_code = me.category_code
   AND t.status = 'WAITING' AND t.target_counter_no IS NULL
   AND ((t.priority_reason IS NOT NULL AND me.priority_reason IS NULL)
        OR ((t.priority_reason IS NULL) = (me.priority_reason IS NULL) AND (t.queued_at, t.id) < (me.queued_at, me.id)))
