SELECT id FROM staff WHERE username = :username
