SELECT service_day, starts_at, booked FROM booking_slot_fills
 WHERE hall_id = :hallId AND category_code = :category AND service_day BETWEEN :fromDay AND :toDay
