-- the item's versions, newest first; :limit null reads them all (LIMIT NULL is no limit)
SELECT v.id, v.item_id, i.implementation_code, v.version, v.effective_from, v.in_force, v.item::text AS item_json,
       v.recorded_at, s.username AS recorded_by
FROM service_items i
JOIN service_item_versions v ON v.item_id = i.id
LEFT JOIN staff s ON s.id = v.recorded_by
WHERE i.implementation_code = :implementationCode
ORDER BY v.version DESC
LIMIT :limit
