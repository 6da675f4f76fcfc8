UPDATE cases k SET alert_level = u.level, alert_changed_at = :at
FROM unnest(CAST(:ids AS bigint[]), CAST(:levels AS text[])) AS u (id, level)
WHERE k.id = u.id
