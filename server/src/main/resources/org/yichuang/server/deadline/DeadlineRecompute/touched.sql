-- the open cases left on an old version, with every input of their due dates; streamed with a cursor in id order,
-- so that each written batch is one range of ids (see applyResults). version: the case_clocks row as read, which a
-- transition bumps when it writes the row.
SELECT c.id, c.accepted_at, c.item_version_id, d.legal_due_at, d.promised_due_at, d.version,
       c.bundle_limit_value, c.bundle_limit_unit,
       s.kinds, s.starts, s.ends, e.days
FROM cases c
JOIN case_clocks d ON d.case_id = c.id
LEFT JOIN (SELECT case_id, array_agg(kind ORDER BY started_on) AS kinds,
                  array_agg(started_on ORDER BY started_on) AS starts,
                  array_agg(ended_on ORDER BY started_on) AS ends
           FROM case_suspensions GROUP BY case_id) s ON s.case_id = c.id
LEFT JOIN (SELECT case_id, array_agg(working_days ORDER BY id) AS days
           FROM case_extensions GROUP BY case_id) e ON e.case_id = c.id
WHERE d.calendar_version = :old AND c.accepted_at IS NOT NULL
  AND c.state NOT IN ('NOT_REQUIRED', 'NOT_COMPETENT', 'WITHDRAWN', 'REJECTED', 'APPROVED', 'REFUSED', 'DELIVERED', 'ACCEPTANCE_REVOKED', 'TERMINATED', 'DECIDED_ON_COMMITMENT')
ORDER BY c.id
