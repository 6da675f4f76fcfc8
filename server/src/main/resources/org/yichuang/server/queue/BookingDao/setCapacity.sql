INSERT INTO booking_capacities (hall_id, category_code, slot_capacity, updated_at, updated_by)
VALUES (:hallId, :category, :capacity, :at, :staffId)
ON CONFLICT (hall_id, category_code)
DO UPDATE SET slot_capacity = EXCLUDED.slot_capacity, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
