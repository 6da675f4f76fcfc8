UPDATE sessions SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL
