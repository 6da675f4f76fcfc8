SELECT item::text FROM service_item_versions WHERE id = :id
