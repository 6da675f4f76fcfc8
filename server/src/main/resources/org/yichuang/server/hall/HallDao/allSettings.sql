SELECT zone_id, cutoff_time, office_hours, warning_working_days, warning_used_percent FROM halls ORDER BY id
