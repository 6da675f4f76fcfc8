INSERT INTO service_bundles (code, name, description, run_mode, limit_value, limit_unit)
VALUES (:code, :name, :description, :runMode, :limitValue, :limitUnit)
ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
                                 run_mode = EXCLUDED.run_mode, limit_value = EXCLUDED.limit_value,
                                 limit_unit = EXCLUDED.limit_unit
RETURNING id
