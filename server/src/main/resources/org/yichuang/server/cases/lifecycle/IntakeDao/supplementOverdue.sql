-- Waiting cases whose supplement period (补正期限 / 容缺补交期限) ended before :now: the sweep applies the consequence.
SELECT id FROM cases
WHERE state IN ('NEEDS_SUPPLEMENT', 'ACCEPTED_DEFERRED') AND supplement_completed_at IS NULL
  AND supplement_due_at < :now
ORDER BY supplement_due_at, id
LIMIT :limit
