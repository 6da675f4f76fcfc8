SELECT id FROM counters WHERE number = :number
