SELECT a.id, a.at, s.username, a.action, a.subject, a.detail
FROM audit_log a
LEFT JOIN staff s ON s.id = a.staff_id
ORDER BY a.at DESC, a.id DESC
LIMIT :limit
