-- open cases whose period (accepted day, latest due day] holds none of the changed days keep their dates; only their
-- narrow case_clocks row is rewritten (V21)
UPDATE case_clocks d SET calendar_version = :current
FROM cases c
WHERE c.id = d.case_id AND d.calendar_version = :old AND c.accepted_at IS NOT NULL
  AND c.state NOT IN ('NOT_REQUIRED', 'NOT_COMPETENT', 'WITHDRAWN', 'REJECTED', 'APPROVED', 'REFUSED', 'DELIVERED', 'ACCEPTANCE_REVOKED', 'TERMINATED', 'DECIDED_ON_COMMITMENT')
  AND NOT EXISTS (SELECT 1 FROM unnest(CAST(:changedDays AS date[])) x
                  WHERE x > (c.accepted_at AT TIME ZONE :zone)::date
                    AND x <= (greatest(d.legal_due_at, d.promised_due_at) AT TIME ZONE :zone)::date)
