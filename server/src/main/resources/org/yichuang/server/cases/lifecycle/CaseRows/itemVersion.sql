-- The item version a case was received under, as stored (read once per version: the service keeps its clock facts).
SELECT item::text FROM service_item_versions WHERE id = :id
