-- Issue 8: a case's receipt (受理回执) was read by two copies of one query (by id and by case number). One view holds
-- it: the item as the case was accepted (its version, or for cases from before versions the item row's summary), the
-- applicant, counter, hall and clerk. PostgreSQL inlines the view, so a lookup by id or case number uses its index.
CREATE VIEW case_receipts AS
SELECT k.id, k.case_no, i.implementation_code AS item_code,
       COALESCE(v.item->>'name', i.name) AS item_name,
       COALESCE(v.item->>'department', i.department) AS department,
       COALESCE(v.item->>'caseKind', i.case_kind) AS case_kind,
       COALESCE((v.item->'promisedLimit'->>'value')::int, i.promised_value) AS promised_value,
       COALESCE(v.item->'promisedLimit'->>'unit', i.promised_unit) AS promised_unit,
       k.applicant_name, p.id_number, k.received_at,
       c.number AS counter_no, c.name AS counter_name, h.name AS hall_name, s.display_name AS staff_name
FROM cases k
JOIN service_items i ON i.id = k.item_id
LEFT JOIN service_item_versions v ON v.id = k.item_version_id
JOIN persons p ON p.id = k.person_id
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
JOIN staff s ON s.id = k.staff_id;
