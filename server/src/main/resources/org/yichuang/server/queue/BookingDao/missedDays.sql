SELECT service_day FROM bookings WHERE hall_id = :hallId AND person_key = :personKey AND status = 'NO_SHOW'
