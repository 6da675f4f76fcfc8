SELECT id, implementation_code FROM service_items
