SELECT b.code, b.name, b.description, b.run_mode, b.limit_value, b.limit_unit,
       array(SELECT i.implementation_code FROM service_bundle_items m JOIN service_items i ON i.id = m.item_id
             WHERE m.bundle_id = b.id ORDER BY m.position) AS item_codes
FROM service_bundles b
WHERE b.code = :code
