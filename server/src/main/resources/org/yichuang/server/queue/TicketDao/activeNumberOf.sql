SELECT number FROM tickets
 WHERE hall_id = :hallId AND service_day = :day AND category_code = :category AND person_key = :personKey
   AND status IN ('WAITING', 'CALLED', 'SERVING', 'HELD')
