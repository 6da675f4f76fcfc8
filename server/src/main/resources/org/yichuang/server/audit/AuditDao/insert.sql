INSERT INTO audit_log (at, staff_id, action, subject, detail) VALUES (:at, :staffId, :action, :subject, :detail)
