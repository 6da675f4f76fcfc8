SELECT * FROM bookings
 WHERE hall_id = :hallId AND service_day = :day AND person_key = :personKey AND status = 'BOOKED'
 ORDER BY starts_at, id
   FOR UPDATE
