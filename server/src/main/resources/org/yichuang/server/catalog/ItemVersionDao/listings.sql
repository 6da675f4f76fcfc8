SELECT i.implementation_code, v.item->>'name' AS name, v.item->>'department' AS department,
       v.item->>'caseKind' AS case_kind, v.version, v.effective_from, v.in_force, v.recorded_at,
       COALESCE(s.username, 'system') AS recorded_by
FROM (SELECT DISTINCT ON (w.item_id) * FROM service_item_versions w ORDER BY w.item_id, w.version DESC) v
JOIN service_items i ON i.id = v.item_id
LEFT JOIN staff s ON s.id = v.recorded_by
ORDER BY v.item->>'department', v.item->>'name', i.implementation_code
