UPDATE tickets SET call_count = call_count + 1, last_called_at = :at, version = version + 1
 WHERE id = :id AND status = 'CALLED' AND counter_no = :counterNo
RETURNING *
