SELECT number, name FROM counters WHERE hall_id = :hallId
