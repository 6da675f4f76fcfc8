UPDATE tickets SET status = 'HELD', held_until = :until, version = version + 1
 WHERE id = :id AND status IN ('CALLED', 'SERVING') AND counter_no = :counterNo
RETURNING *
