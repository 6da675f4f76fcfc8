SELECT COALESCE(max(id), 0) FROM queue_events
