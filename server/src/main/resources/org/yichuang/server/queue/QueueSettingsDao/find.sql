SELECT hall_id, settings::text AS settings, version, person_key_secret
  FROM queue_settings
 WHERE hall_id = :hallId
