-- Issue 9 (case lifecycle): the day sweep deems cases accepted (许可法 Art. 32(4)) as the system, not as a staff member,
-- and no request key belongs to it. Such a transition row has no staff and no key; every staff transition still has
-- both (UNIQUE (staff_id, idempotency_key) keeps replays apart, and NULLs never collide).
ALTER TABLE case_transitions ALTER COLUMN staff_id DROP NOT NULL;
ALTER TABLE case_transitions ALTER COLUMN idempotency_key DROP NOT NULL;
ALTER TABLE case_transitions ALTER COLUMN request_hash DROP NOT NULL;
ALTER TABLE case_transitions ADD CONSTRAINT case_transitions_staff_has_key
    CHECK ((staff_id IS NULL) = (idempotency_key IS NULL) AND (idempotency_key IS NULL) = (request_hash IS NULL));

-- The sweep looks for received cases whose notice period has passed.
CREATE INDEX cases_notice_due ON cases (supplement_notice_due_at)
    WHERE state IN ('RECEIVED', 'CORRECTED_ON_SPOT');
