SELECT id, display_name FROM staff WHERE id = ANY(CAST(:ids AS bigint[]))
