SELECT * FROM bookings WHERE hall_id = :hallId AND public_token = :token FOR UPDATE
