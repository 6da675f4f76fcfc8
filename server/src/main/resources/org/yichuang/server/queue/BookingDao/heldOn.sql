SELECT count(*)::int FROM bookings
 WHERE hall_id = :hallId AND service_day = :day AND category_code = :category AND status = 'BOOKED'
