UPDATE bookings SET status = 'CHECKED_IN', checked_in_at = :at, checked_in_by = :staffId, ticket_id = :ticketId
 WHERE id = :id AND status = 'BOOKED'
RETURNING *
