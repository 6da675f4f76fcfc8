INSERT INTO case_extensions (case_id, working_days, reason, approver_id, granted_at, granted_by)
VALUES (:caseId, :workingDays, :reason, :approverId, :at, :staffId)
