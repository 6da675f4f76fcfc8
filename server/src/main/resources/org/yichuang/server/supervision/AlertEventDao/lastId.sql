SELECT COALESCE(max(id), 0) FROM alert_events
