UPDATE bookings SET status = 'CANCELLED', cancelled_at = :at WHERE id = :id AND status = 'BOOKED'
RETURNING *
