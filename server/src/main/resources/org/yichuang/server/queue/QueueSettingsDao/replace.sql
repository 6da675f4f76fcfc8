UPDATE queue_settings
   SET settings = CAST(:settings AS jsonb), version = version + 1, updated_at = :at, updated_by = :staffId
 WHERE hall_id = :hallId AND version = :expectedVersion
