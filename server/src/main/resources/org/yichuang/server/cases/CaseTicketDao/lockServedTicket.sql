-- the ticket must be this counter's (same hall, same counter number) and called or in service now
SELECT t.id
  FROM tickets t
  JOIN counters c ON c.hall_id = t.hall_id AND c.number = t.counter_no
 WHERE t.id = :ticketId AND c.id = :counterId AND t.status IN ('CALLED', 'SERVING')
   FOR SHARE OF t
