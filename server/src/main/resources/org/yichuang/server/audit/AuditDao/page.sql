-- keyset on id: ids follow insertion, and a page stays stable while new rows arrive
SELECT a.id, a.at, s.username, a.action, a.subject, a.detail
FROM audit_log a
LEFT JOIN staff s ON s.id = a.staff_id
WHERE (CAST(:before AS bigint) IS NULL OR a.id < :before)
  AND (cardinality(CAST(:actions AS text[])) = 0 OR a.action = ANY (CAST(:actions AS text[])))
  AND NOT (a.action = ANY (CAST(:excluded AS text[])))
  AND (CAST(:username AS text) IS NULL OR s.username = :username)
  AND (CAST(:subject AS text) IS NULL OR a.subject = :subject)
  AND (CAST(:fromAt AS timestamptz) IS NULL OR a.at >= :fromAt)
  AND (CAST(:toAt AS timestamptz) IS NULL OR a.at < :toAt)
ORDER BY a.id DESC
LIMIT :limit
