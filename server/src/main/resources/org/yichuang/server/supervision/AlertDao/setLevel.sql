UPDATE cases SET alert_level = :level, alert_changed_at = :at WHERE id = :id
