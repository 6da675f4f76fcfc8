INSERT INTO staff (username, display_name, password_hash, created_at)
VALUES (:username, :displayName, :passwordHash, :createdAt)
