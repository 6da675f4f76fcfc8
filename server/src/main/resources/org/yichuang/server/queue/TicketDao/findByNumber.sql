SELECT * FROM tickets WHERE hall_id = :hallId AND service_day = :day AND number = :number ORDER BY id DESC LIMIT 1
