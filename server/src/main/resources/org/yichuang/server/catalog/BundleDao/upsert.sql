INSERT INTO service_bundles (code, name, description)
VALUES (:code, :name, :description)
ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description
RETURNING id
