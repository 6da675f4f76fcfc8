SELECT count(*) FROM service_items
