-- The item versions the children were received under, in member order (the merged checklist is built from them)
SELECT v.item::text
FROM cases k JOIN service_item_versions v ON v.id = k.item_version_id
WHERE k.parent_case_id = :parentId
ORDER BY k.bundle_position
