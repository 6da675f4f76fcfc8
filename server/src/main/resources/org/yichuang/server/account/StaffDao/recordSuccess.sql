UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = :id
