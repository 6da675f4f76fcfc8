-- Received cases whose 5-working-day notice period (Art. 32(4)) ended before :now: the sweep deems them accepted.
-- Cases from before V6 have no notice due time and are left to staff (never silently accepted).
SELECT id FROM cases
WHERE state IN ('RECEIVED', 'CORRECTED_ON_SPOT') AND supplement_notice_due_at < :now
ORDER BY supplement_notice_due_at, id
LIMIT :limit
