UPDATE case_suspensions SET ended_on = :endedOn, ended_by = :staffId WHERE id = :id AND ended_on IS NULL
