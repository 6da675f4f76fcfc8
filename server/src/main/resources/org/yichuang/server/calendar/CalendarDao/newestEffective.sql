SELECT v.number, v.source, v.effective_from, v.recorded_at, v.recorded_by, s.display_name AS recorded_by_name, v.published_years
FROM calendar_versions v LEFT JOIN staff s ON s.id = v.recorded_by WHERE v.effective_from <= :now ORDER BY v.number DESC LIMIT 1
