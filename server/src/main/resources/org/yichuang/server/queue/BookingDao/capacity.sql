SELECT slot_capacity FROM booking_capacities WHERE hall_id = :hallId AND category_code = :category
