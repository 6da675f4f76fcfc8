INSERT INTO service_bundle_items (bundle_id, position, item_id) VALUES (:bundleId, :position, :itemId)
