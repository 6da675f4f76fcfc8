SELECT category_code, slot_capacity FROM booking_capacities WHERE hall_id = :hallId ORDER BY category_code
