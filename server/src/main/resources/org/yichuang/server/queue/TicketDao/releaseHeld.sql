UPDATE tickets
   SET status = 'WAITING', target_counter_no = counter_no, held_until = NULL, version = version + 1
 WHERE hall_id = :hallId AND status = 'HELD' AND held_until <= :at
RETURNING *
