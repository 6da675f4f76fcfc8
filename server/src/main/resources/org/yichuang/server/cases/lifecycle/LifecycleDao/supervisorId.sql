-- the 负责人 named for an extension: an enabled account with the SUPERVISOR role
SELECT s.id FROM staff s JOIN staff_roles r ON r.staff_id = s.id AND r.role = 'SUPERVISOR'
WHERE s.username = :username AND s.enabled
