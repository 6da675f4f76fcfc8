INSERT INTO sign_in_trusted_addresses (name_hash, address, last_success_at)
VALUES (:nameHash, :address, :at)
ON CONFLICT (name_hash, address) DO UPDATE SET last_success_at = :at
