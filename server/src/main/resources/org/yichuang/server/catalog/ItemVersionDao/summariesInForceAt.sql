SELECT v.item_id, v.id AS version_id, v.version, i.implementation_code, v.item->>'name' AS name,
       v.item->>'department' AS department, v.item->>'caseKind' AS case_kind,
       (v.item->'statutoryLimit'->>'value')::int AS statutory_value, v.item->'statutoryLimit'->>'unit' AS statutory_unit,
       (v.item->'promisedLimit'->>'value')::int AS promised_value, v.item->'promisedLimit'->>'unit' AS promised_unit,
       ARRAY(SELECT jsonb_array_elements_text(COALESCE(v.item->'aliases', '[]'::jsonb))) AS aliases
FROM (SELECT DISTINCT ON (w.item_id) * FROM service_item_versions w
      WHERE w.effective_from <= :at
      ORDER BY w.item_id, w.version DESC) v
JOIN service_items i ON i.id = v.item_id
WHERE v.in_force
ORDER BY v.item->>'department', v.item->>'name', i.implementation_code
