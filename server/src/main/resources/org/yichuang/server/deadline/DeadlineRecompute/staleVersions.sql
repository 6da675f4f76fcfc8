-- calendar versions of open cases with due dates that are older than the current one
SELECT DISTINCT c.calendar_version FROM cases c
WHERE c.calendar_version < :current AND c.accepted_at IS NOT NULL
  AND c.state NOT IN ('NOT_REQUIRED', 'NOT_COMPETENT', 'WITHDRAWN', 'REJECTED', 'APPROVED', 'REFUSED', 'DELIVERED', 'ACCEPTANCE_REVOKED', 'TERMINATED', 'DECIDED_ON_COMMITMENT')
