-- Issue 9, recomputing deadlines after a calendar change (bench/calendar-recompute.sh, goal 1,000,000 open cases in
-- under 30 s). A case's due dates lived on its wide row in cases, which has 13 indexes; a due date is in four of them,
-- so no update of a due date can be HOT and every moved case made a new row version with an entry in each of the 13
-- indexes. PostgreSQL alone needed 42 s for one bare UPDATE of both dates of 1M cases, more than the goal. The dates
-- that a calendar change moves now live in a narrow table of their own with two indexes (measured on this VM in one
-- session: the same UPDATE of 1M rows 88 s on cases, 12 s here).
--
-- Every case has its row (a trigger adds it with the case, whichever statement inserts it), so the case lists can
-- walk case_clocks_promised in due order and join the case, and a case without due dates has NULLs, as before.
CREATE TABLE case_clocks (
    case_id          bigint PRIMARY KEY REFERENCES cases (id),
    -- the case's clerk, copied from cases.staff_id (which no statement changes after the insert) so that a clerk's
    -- own list, the most frequent query of all, is read in due order from case_clocks_staff_due as before V21
    staff_id         bigint NOT NULL,
    -- 法定/承诺办结期限, fixed at acceptance and moved only by suspensions, extensions and calendar changes
    legal_due_at     timestamptz,
    promised_due_at  timestamptz,
    -- the calendar version the dates were computed with (no foreign key: see V11)
    calendar_version integer,
    -- set when a calendar change moved a due date (see case_deadline_history)
    deadline_moved   boolean NOT NULL DEFAULT false,
    -- bumped by every transition that writes the row: the recompute writes its result only if the row is still the
    -- one it read (a transition may have added a suspension or an extension meanwhile)
    version          integer NOT NULL DEFAULT 0
) WITH (fillfactor = 80);
-- fillfactor: a transition that leaves both dates alone (e.g. 审查) rewrites the row; with room on its page that
-- update is HOT and touches no index.

INSERT INTO case_clocks (case_id, staff_id, legal_due_at, promised_due_at, calendar_version, deadline_moved)
SELECT id, staff_id, legal_due_at, promised_due_at, calendar_version, deadline_moved FROM cases;

-- The case lists' order "most urgent first" (CaseListSql.order), and the lookups of open cases by date.
CREATE INDEX case_clocks_promised ON case_clocks (promised_due_at, case_id);
CREATE INDEX case_clocks_staff_due ON case_clocks (staff_id, promised_due_at, case_id);

CREATE FUNCTION case_clocks_for_new_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- DO NOTHING: a statement that writes the clocks of the cases it inserts (tests' seeds) has done it already
    INSERT INTO case_clocks (case_id, staff_id) SELECT id, staff_id FROM new_cases ON CONFLICT (case_id) DO NOTHING;
    RETURN NULL;
END
$$;
-- one statement-level trigger: a bulk insert adds its clocks in one INSERT, not one call per row
CREATE TRIGGER cases_add_clocks AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_clocks_for_new_cases();

-- The 红黄牌 facts read the dates from case_clocks (same columns as V10's view, same order).
CREATE OR REPLACE VIEW case_alert_facts AS
SELECT k.id, k.state, k.staff_id, k.accepted_at, d.promised_due_at, d.legal_due_at, k.step_due_at, k.current_step,
       k.alert_level,
       CASE WHEN k.state = 'SPECIAL_PROCEDURE' THEN COALESCE(
           (SELECT max(t.at) FROM case_transitions t WHERE t.case_id = k.id AND t.to_state = 'SPECIAL_PROCEDURE'),
           (SELECT ((max(s.started_on) + 1)::timestamp AT TIME ZONE h.zone_id) - interval '1 microsecond'
            FROM case_suspensions s WHERE s.case_id = k.id AND s.ended_on IS NULL))
       END AS clock_stopped_at,
       h.zone_id, h.warning_working_days, h.warning_used_percent
FROM cases k
JOIN case_clocks d ON d.case_id = k.id
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id;

-- The indexes of cases that held a due date go with the columns (DROP COLUMN drops them); the lists use
-- case_clocks_promised and case_clocks_staff_due instead.
DROP INDEX cases_staff_day;
ALTER TABLE cases DROP COLUMN legal_due_at, DROP COLUMN promised_due_at, DROP COLUMN calendar_version,
    DROP COLUMN deadline_moved;
CREATE INDEX cases_staff_day ON cases (staff_id, received_on, alert_level) INCLUDE (received_at, id);
