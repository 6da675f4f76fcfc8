INSERT INTO sessions (token_hash, staff_id, counter_id, created_at, expires_at)
VALUES (:tokenHash, :staffId, :counterId, :createdAt, :expiresAt)
