SELECT k.id, k.case_no, i.implementation_code AS item_code, i.name AS item_name, i.department, i.case_kind,
       i.promised_value, i.promised_unit, k.applicant_name, p.id_number, k.received_at,
       c.number AS counter_no, c.name AS counter_name, h.name AS hall_name, s.display_name AS staff_name
FROM cases k
JOIN service_items i ON i.id = k.item_id
JOIN persons p ON p.id = k.person_id
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
JOIN staff s ON s.id = k.staff_id
WHERE k.id = :id
