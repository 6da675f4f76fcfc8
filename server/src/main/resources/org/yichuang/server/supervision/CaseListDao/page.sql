-- first the ids of the page, from cases and their due dates (the indexes answer the filters and the order: in due
-- order, case_clocks_open_due walked with each case looked up); then the 200 rows at most are joined with what the
-- list shows
WITH page AS MATERIALIZED (
    SELECT k.id FROM cases k JOIN case_clocks d ON d.case_id = k.id
    WHERE <where>
    ORDER BY <order>
    LIMIT :limit OFFSET :offset
)
SELECT k.id, k.case_no, i.implementation_code AS item_code, COALESCE(v.item->>'name', i.name) AS item_name,
       k.department, k.applicant_name, p.id_number, k.state, k.received_at, k.accepted_at, d.promised_due_at,
       d.legal_due_at, d.calendar_version, k.step_due_at, k.current_step, k.alert_level, d.deadline_moved,
       c.number AS counter_no, s.display_name AS staff_name, k.staff_id, f.clock_stopped_at, f.zone_id,
       f.warning_working_days, f.warning_used_percent
FROM page
JOIN cases k ON k.id = page.id
JOIN case_clocks d ON d.case_id = k.id
JOIN case_alert_facts f ON f.id = k.id
JOIN service_items i ON i.id = k.item_id
LEFT JOIN service_item_versions v ON v.id = k.item_version_id
JOIN persons p ON p.id = k.person_id
JOIN counters c ON c.id = k.counter_id
JOIN staff s ON s.id = k.staff_id
ORDER BY <order>
