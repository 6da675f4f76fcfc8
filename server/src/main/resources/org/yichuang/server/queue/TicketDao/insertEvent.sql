-- a ticket's event written by a step in Java (issuing); the payload is V30's, as in the counters' one-statement steps
INSERT INTO queue_events (hall_id, at, kind, ticket_id, counter_no, staff_id, payload)
VALUES (:t.hallId, :at, :kind, :t.id, :counterNo, :staffId,
        queue_event_payload(:t.number, :t.categoryCode, :t.status, :counterNo, :t.targetCounterNo))
