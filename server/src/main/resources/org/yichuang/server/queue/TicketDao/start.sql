UPDATE tickets SET status = 'SERVING', started_at = :at, version = version + 1
 WHERE id = :id AND status = 'CALLED' AND counter_no = :counterNo
RETURNING *
