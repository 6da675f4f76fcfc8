-- open cases whose period (accepted day, latest due day] holds none of the changed days keep their dates
UPDATE cases c SET calendar_version = :current
WHERE c.calendar_version = :old AND c.accepted_at IS NOT NULL
  AND c.state NOT IN ('NOT_REQUIRED', 'NOT_COMPETENT', 'WITHDRAWN', 'REJECTED', 'APPROVED', 'REFUSED', 'DELIVERED', 'ACCEPTANCE_REVOKED', 'TERMINATED', 'DECIDED_ON_COMMITMENT')
  AND NOT EXISTS (SELECT 1 FROM unnest(CAST(:changedDays AS date[])) d
                  WHERE d > (c.accepted_at AT TIME ZONE :zone)::date
                    AND d <= (greatest(c.legal_due_at, c.promised_due_at) AT TIME ZONE :zone)::date)
