-- finishing a called ticket means it was served: the service started when it was called
UPDATE tickets SET status = 'DONE', started_at = COALESCE(started_at, last_called_at), finished_at = :at,
       version = version + 1
 WHERE id = :id AND status IN ('CALLED', 'SERVING') AND counter_no = :counterNo
RETURNING *
