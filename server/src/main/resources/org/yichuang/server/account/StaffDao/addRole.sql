INSERT INTO staff_roles (staff_id, role) VALUES (:staffId, :role)
