-- Everything a transition may change, and the version bump; the row is locked by lock.sql in this transaction.
UPDATE cases
SET state = :state, state_version = state_version + 1,
    supplement_notice_served_at = :supplementNoticeServedAt, supplement_due_at = :supplementDueAt,
    supplement_completed_at = :supplementCompletedAt, accepted_at = :acceptedAt,
    acceptance_basis = :acceptanceBasis, legal_due_at = :legalDueAt, promised_due_at = :promisedDueAt,
    calendar_version = :calendarVersion, decided_at = :decidedAt, delivered_at = :deliveredAt,
    current_step = :currentStep, step_due_at = :stepDueAt
WHERE id = :id
