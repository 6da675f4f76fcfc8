INSERT INTO case_suspensions (case_id, kind, reason, started_on, started_by)
VALUES (:caseId, :kind, :reason, :startedOn, :staffId)
