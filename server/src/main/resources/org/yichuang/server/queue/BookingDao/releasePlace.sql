UPDATE booking_slot_fills SET booked = booked - 1
 WHERE hall_id = :hallId AND category_code = :category AND service_day = :day AND starts_at = :startsAt AND booked > 0
