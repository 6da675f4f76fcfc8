-- A case's lifecycle row with what its clocks and its 红黄牌 level need (item version, hall zone, hours and alert
-- thresholds), found by case number or id (CaseRows fills in <match> and <lock>). Not the item version's JSON: the
-- service parses each version once (itemVersion.sql) and keeps its clock facts, so turning 2-3 KB of jsonb into text
-- on every transition would be work thrown away. A transition locks the row FOR UPDATE OF k: two transitions of one
-- case run one after the other, never on the same stale state; the lock names only the case, not its item, counter
-- or hall.
SELECT k.id, k.case_no, k.state, k.state_version, k.received_at, k.received_on, k.supplement_notice_due_at,
       k.supplement_notice_served_at, k.supplement_due_at, k.supplement_completed_at, k.accepted_at,
       k.acceptance_basis, ck.legal_due_at, ck.promised_due_at, ck.calendar_version, k.decided_at, k.delivered_at,
       k.current_step, k.step_due_at, k.alert_level, k.item_version_id, k.staff_id,
       i.case_kind AS legacy_case_kind, i.statutory_value AS legacy_statutory_value,
       i.statutory_unit AS legacy_statutory_unit, i.promised_value AS legacy_promised_value,
       i.promised_unit AS legacy_promised_unit, h.zone_id, h.cutoff_time, h.office_hours,
       h.warning_working_days, h.warning_used_percent,
       -- when the clock stopped, as the 红黄牌 view defines it (only a case in a special procedure has one)
       CASE WHEN k.state = 'SPECIAL_PROCEDURE'
            THEN (SELECT f.clock_stopped_at FROM case_alert_facts f WHERE f.id = k.id) END AS clock_stopped_at,
       (SELECT count(*) FROM case_extensions e WHERE e.case_id = k.id)::int AS extensions,
       -- the view reads these lists only when they hold something (most cases have none)
       (SELECT count(*) FROM case_suspensions s WHERE s.case_id = k.id)::int AS suspension_count,
       (SELECT count(*) FROM case_deadline_history d WHERE d.case_id = k.id)::int AS history_count,
       -- 一件事 (V16): a child's bundle limit replaces its item's promised limit; a parent takes no transition
       k.bundle_limit_value, k.bundle_limit_unit, (k.bundle_code IS NOT NULL AND k.parent_case_id IS NULL) AS bundle_parent,
       k.parent_case_id
FROM cases k
-- the due dates (V21); FOR UPDATE OF k locks the case alone, and the transition's write of this row waits for a
-- calendar recompute's batch holding it
JOIN case_clocks ck ON ck.case_id = k.id
JOIN service_items i ON i.id = k.item_id
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
WHERE <match>
<lock>
