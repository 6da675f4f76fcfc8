SELECT * FROM tickets WHERE id = :id
