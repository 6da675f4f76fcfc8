INSERT INTO queue_events (hall_id, at, kind, ticket_id, counter_no, staff_id, payload)
VALUES (:hallId, :at, :kind, :ticketId, :counterNo, :staffId, CAST(:payload AS jsonb))
