SELECT s.id, s.username, s.display_name, s.password_hash, s.enabled,
       (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM staff_roles r WHERE r.staff_id = s.id) AS roles
FROM staff s
WHERE s.username = :username
