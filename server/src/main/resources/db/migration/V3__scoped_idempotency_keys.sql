-- Issue 8: an idempotency key (提交编号) belongs to the clerk and counter that sent it. Keyed by the key alone, the
-- same key from another counter returned that counter's receipt, with another applicant's name on it.
ALTER TABLE idempotency_keys ADD COLUMN staff_id bigint REFERENCES staff (id);
ALTER TABLE idempotency_keys ADD COLUMN counter_id bigint REFERENCES counters (id);

UPDATE idempotency_keys k
SET staff_id = c.staff_id, counter_id = c.counter_id
FROM cases c
WHERE c.id = k.case_id;

-- a claim is made and given its case in one transaction, so a key without a case was never committed as used
DELETE FROM idempotency_keys WHERE staff_id IS NULL;

ALTER TABLE idempotency_keys ALTER COLUMN staff_id SET NOT NULL;
ALTER TABLE idempotency_keys ALTER COLUMN counter_id SET NOT NULL;
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE idempotency_keys ADD PRIMARY KEY (staff_id, counter_id, key);
