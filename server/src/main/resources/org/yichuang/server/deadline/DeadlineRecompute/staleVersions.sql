-- calendar versions of open cases with due dates that are older than the current one
SELECT DISTINCT d.calendar_version FROM case_clocks d JOIN cases c ON c.id = d.case_id
WHERE d.calendar_version < :current AND c.accepted_at IS NOT NULL
  AND c.state NOT IN ('NOT_REQUIRED', 'NOT_COMPETENT', 'WITHDRAWN', 'REJECTED', 'APPROVED', 'REFUSED', 'DELIVERED', 'ACCEPTANCE_REVOKED', 'TERMINATED', 'DECIDED_ON_COMMITMENT')
