UPDATE tickets SET status = 'MISSED', finished_at = :at, version = version + 1
 WHERE id = :id AND status = 'CALLED' AND counter_no = :counterNo
RETURNING *
