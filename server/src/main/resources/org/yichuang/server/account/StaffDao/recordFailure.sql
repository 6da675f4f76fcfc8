UPDATE staff SET failed_attempts = :failedAttempts, locked_until = :lockedUntil WHERE id = :id
