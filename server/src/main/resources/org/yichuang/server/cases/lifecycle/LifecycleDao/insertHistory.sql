INSERT INTO case_deadline_history (case_id, changed_at, old_calendar_version, new_calendar_version,
                                   old_legal_due_at, new_legal_due_at, old_promised_due_at, new_promised_due_at,
                                   reason)
VALUES (:caseId, :at, :oldCalendarVersion, :newCalendarVersion, :oldLegalDueAt, :newLegalDueAt, :oldPromisedDueAt,
        :newPromisedDueAt, :reason)
