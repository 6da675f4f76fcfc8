SELECT category_code, count(*)::int AS waiting
  FROM tickets
 WHERE hall_id = :hallId AND service_day = :day AND status = 'WAITING'
 GROUP BY category_code
