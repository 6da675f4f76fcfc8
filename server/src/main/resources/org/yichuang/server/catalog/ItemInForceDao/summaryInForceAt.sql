SELECT v.item_id, v.id AS version_id, v.version, i.implementation_code, v.item->>'name' AS name,
       v.item->>'department' AS department, v.item->>'caseKind' AS case_kind,
       (v.item->'statutoryLimit'->>'value')::int AS statutory_value, v.item->'statutoryLimit'->>'unit' AS statutory_unit,
       (v.item->'promisedLimit'->>'value')::int AS promised_value, v.item->'promisedLimit'->>'unit' AS promised_unit,
       ARRAY(SELECT jsonb_array_elements_text(COALESCE(v.item->'aliases', '[]'::jsonb))) AS aliases
FROM service_items i
JOIN LATERAL (SELECT * FROM service_item_versions w
              WHERE w.item_id = i.id AND w.effective_from <= :at
              ORDER BY w.version DESC LIMIT 1) v ON true
WHERE i.implementation_code = :implementationCode AND v.in_force
