DELETE FROM service_bundle_items WHERE bundle_id = :bundleId
