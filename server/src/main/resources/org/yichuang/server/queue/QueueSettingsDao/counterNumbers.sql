SELECT number FROM counters WHERE hall_id = :hallId ORDER BY number
