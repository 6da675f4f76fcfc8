SELECT * FROM tickets
 WHERE hall_id = :hallId AND service_day = :day AND counter_no = :counterNo AND status IN ('CALLED', 'SERVING')
 ORDER BY last_called_at DESC
 LIMIT 1
