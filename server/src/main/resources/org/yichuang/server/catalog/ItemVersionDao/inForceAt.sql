SELECT v.id, v.item_id, i.implementation_code, v.version, v.effective_from, v.in_force, v.item::text AS item_json,
       v.recorded_at, s.username AS recorded_by
FROM service_items i
JOIN LATERAL (SELECT * FROM service_item_versions w
              WHERE w.item_id = i.id AND w.effective_from <= :at
              ORDER BY w.version DESC LIMIT 1) v ON true
LEFT JOIN staff s ON s.id = v.recorded_by
WHERE i.implementation_code = :implementationCode AND v.in_force
