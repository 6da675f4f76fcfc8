SELECT count(*) FROM service_item_versions
