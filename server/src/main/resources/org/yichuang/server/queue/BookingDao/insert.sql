INSERT INTO bookings (hall_id, category_code, service_day, starts_at, ends_at, person_key, name, phone, status, booked_at)
VALUES (:hallId, :category, :day, :startsAt, :endsAt, :personKey, :name, :phone, 'BOOKED', :at)
RETURNING *
