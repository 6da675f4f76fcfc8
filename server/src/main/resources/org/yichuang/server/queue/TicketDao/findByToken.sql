SELECT * FROM tickets WHERE hall_id = :hallId AND public_token = :token
