SELECT id, kind, reason, started_on, ended_on FROM case_suspensions WHERE case_id = :caseId ORDER BY started_on, id
