-- one place of the slot, or no row when it is full: the conflict branch only bumps below the capacity, and the row
-- lock makes a racing booking wait and see the new count
INSERT INTO booking_slot_fills AS f (hall_id, category_code, service_day, starts_at, booked)
SELECT :hallId, :category, :day, :startsAt, 1 WHERE :capacity > 0
ON CONFLICT (hall_id, category_code, service_day, starts_at)
DO UPDATE SET booked = f.booked + 1 WHERE f.booked < :capacity
RETURNING booked
