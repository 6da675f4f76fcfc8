SELECT hall_id FROM counters WHERE id = :counterId
