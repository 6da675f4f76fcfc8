SELECT changed_at, old_calendar_version, new_calendar_version, old_legal_due_at, new_legal_due_at,
       old_promised_due_at, new_promised_due_at, reason
FROM case_deadline_history WHERE case_id = :caseId ORDER BY id
