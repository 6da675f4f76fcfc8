SELECT id FROM service_items WHERE implementation_code = :code
