INSERT INTO service_item_versions (item_id, version, effective_from, in_force, item, recorded_at, recorded_by)
VALUES (:itemId, :version, :effectiveFrom, :inForce, CAST(:itemJson AS jsonb), :recordedAt, :recordedBy)
