SELECT i.implementation_code
FROM service_items i
WHERE EXISTS (SELECT 1 FROM service_item_versions v WHERE v.item_id = i.id)
