INSERT INTO tickets (hall_id, service_day, issued_category, category_code, sequence, number, status, priority_reason, person_key,
                     issued_at, issued_by, queued_at)
VALUES (:hallId, :day, :category, :category, :sequence, :number, 'WAITING', :priorityReason, :personKey, :at, :staffId, :at)
RETURNING *
