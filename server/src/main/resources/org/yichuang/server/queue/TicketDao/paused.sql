SELECT paused FROM queue_counter_states WHERE hall_id = :hallId AND counter_no = :counterNo
