SELECT id FROM bookings
 WHERE hall_id = :hallId AND category_code = :category AND service_day = :day AND person_key = :personKey
   AND status IN ('BOOKED', 'CHECKED_IN')
