INSERT INTO alert_events (case_id, staff_id, at, old_level, new_level, reason)
VALUES (:caseId, :staffId, :at, :oldLevel, :newLevel, :reason)
