-- Issue 9 item 7: 红黄牌 alerts, the case lists and the alert stream (RULES.md §8.5).

-- What a case's alert level depends on, in one place for the single-case refresh, the day-boundary sweep and the
-- lists: the case's due dates and state, its hall's zone and thresholds, and, while a special procedure stops the
-- clock, the moment it stopped (the transition into SPECIAL_PROCEDURE; a suspension stored without one stopped at the
-- end of its first day, which still counts). PostgreSQL inlines the view into each query.
CREATE VIEW case_alert_facts AS
SELECT k.id, k.state, k.staff_id, k.accepted_at, k.promised_due_at, k.legal_due_at, k.step_due_at, k.current_step,
       k.alert_level,
       CASE WHEN k.state = 'SPECIAL_PROCEDURE' THEN COALESCE(
           (SELECT max(t.at) FROM case_transitions t WHERE t.case_id = k.id AND t.to_state = 'SPECIAL_PROCEDURE'),
           (SELECT ((max(s.started_on) + 1)::timestamp AT TIME ZONE h.zone_id) - interval '1 microsecond'
            FROM case_suspensions s WHERE s.case_id = k.id AND s.ended_on IS NULL))
       END AS clock_stopped_at,
       h.zone_id, h.warning_working_days, h.warning_used_percent
FROM cases k
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id;

-- The case lists (bench/supervisor-alerts.sh, 100,000 open cases): their orders (most urgent first; newest first,
-- by hall day and time so the same index answers a range of receipt days), counts per level without reading the
-- table, and the filters by department, item and counter, each with the level so their counts come from the index.
-- A clerk's own list (the most frequent query of all) is read in due order from cases_staff_due.
CREATE INDEX cases_promised_due ON cases (promised_due_at, id);
CREATE INDEX cases_staff_due ON cases (staff_id, promised_due_at, id);
CREATE INDEX cases_received ON cases (received_on, received_at, id);
CREATE INDEX cases_alert_level ON cases (alert_level);
CREATE INDEX cases_department ON cases (department, alert_level);
CREATE INDEX cases_item ON cases (item_id, alert_level);
CREATE INDEX cases_counter ON cases (counter_id, alert_level);

-- A clerk's alert stream replays the events of their own cases after Last-Event-ID.
CREATE INDEX alert_events_staff ON alert_events (staff_id, id);
