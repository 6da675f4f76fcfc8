-- Everything a transition may change, its 红黄牌 level and the version bump; the row is locked by CaseRowDao's
-- row.sql in this transaction. The level is written here, not by a second UPDATE: every UPDATE of a case makes a new
-- row version with an entry in each of its indexes. (SET expressions read the row as it was before this UPDATE.)
UPDATE cases
SET state = :state, state_version = state_version + 1,
    supplement_notice_served_at = :supplementNoticeServedAt, supplement_due_at = :supplementDueAt,
    supplement_completed_at = :supplementCompletedAt, accepted_at = :acceptedAt,
    acceptance_basis = :acceptanceBasis, legal_due_at = :legalDueAt, promised_due_at = :promisedDueAt,
    calendar_version = :calendarVersion, decided_at = :decidedAt, delivered_at = :deliveredAt,
    current_step = :currentStep, step_due_at = :stepDueAt,
    alert_changed_at = CASE WHEN alert_level = :alertLevel THEN alert_changed_at ELSE :at END,
    alert_level = :alertLevel
WHERE id = :id
