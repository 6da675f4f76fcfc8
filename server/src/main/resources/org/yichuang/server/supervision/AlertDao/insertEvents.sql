-- WITH ORDINALITY: the events get their ids in the order of the arrays (case id order)
INSERT INTO alert_events (case_id, staff_id, at, old_level, new_level, reason)
SELECT e.case_id, e.staff_id, :at, e.old_level, e.new_level, e.reason
FROM unnest(CAST(:caseIds AS bigint[]), CAST(:staffIds AS bigint[]), CAST(:oldLevels AS text[]),
            CAST(:newLevels AS text[]), CAST(:reasons AS text[]))
     WITH ORDINALITY AS e (case_id, staff_id, old_level, new_level, reason, n)
ORDER BY e.n
