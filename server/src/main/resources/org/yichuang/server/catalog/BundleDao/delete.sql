DELETE FROM service_bundles WHERE code = :code
