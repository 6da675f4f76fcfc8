UPDATE tickets
   SET status = 'CALLED', counter_no = :counterNo, target_counter_no = NULL, call_count = 1,
       first_called_at = :at, last_called_at = :at, called_by = :staffId, version = version + 1
 WHERE id = :id AND status = 'WAITING'
RETURNING *
