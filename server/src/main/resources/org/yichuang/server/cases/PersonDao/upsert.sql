INSERT INTO persons (id_number, name, phone, created_at, updated_at)
VALUES (:idNumber, :name, :phone, :at, :at)
ON CONFLICT (id_number) DO UPDATE
    SET name = EXCLUDED.name,
        phone = COALESCE(EXCLUDED.phone, persons.phone),
        updated_at = EXCLUDED.updated_at
RETURNING id
