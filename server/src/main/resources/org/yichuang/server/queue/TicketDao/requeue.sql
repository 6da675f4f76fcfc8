UPDATE tickets SET status = 'WAITING', queued_at = :at, counter_no = NULL, finished_at = NULL, version = version + 1
 WHERE id = :id AND status = 'MISSED'
RETURNING *
