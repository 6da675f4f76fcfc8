-- Issue 9, recomputing deadlines after a calendar change (bench/calendar-recompute.sh, goal 1,000,000 open cases in
-- under 30 s). A case's due dates lived on its wide row in cases, which has 13 indexes; a due date is in four of them,
-- so no update of a due date can be HOT and every moved case made a new row version with an entry in each of the 13
-- indexes. PostgreSQL alone needed 42 s for one bare UPDATE of both dates of 1M cases, more than the goal. The dates
-- that a calendar change moves now live in a narrow table of their own with two indexes (measured on this VM in one
-- session: the same UPDATE of 1M rows 88 s on cases, 12 s here).
--
-- Every case has its row (a trigger adds it with the case, whichever statement inserts it), so the case lists can
-- walk case_clocks in due order, and a case without due dates has NULLs, as before.
--
-- 未办结 (open) is copied here too, kept by triggers whichever statement writes the state, so that the lists of open
-- cases in due order (the supervisors' and the clerks' usual lists) read this narrow table and its partial indexes
-- alone, and look a case up only for the rows they show: with the flag on the wide case row, page 100 of an open list
-- looked 20,000 cases up to judge them (bench/supervisor-alerts.sh, p95 429 ms).
CREATE FUNCTION case_state_final(state text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    -- the final states of RULES.md §1.2 (core CaseState.isFinal), as CaseListSql.OPEN spells their complement
    SELECT state IN ('NOT_REQUIRED', 'NOT_COMPETENT', 'WITHDRAWN', 'REJECTED', 'APPROVED', 'REFUSED', 'DELIVERED',
                        'ACCEPTANCE_REVOKED', 'TERMINATED', 'DECIDED_ON_COMMITMENT')
$$;

CREATE TABLE case_clocks (
    case_id          bigint NOT NULL REFERENCES cases (id),
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
    version          integer NOT NULL DEFAULT 0,
    -- 未办结: NOT case_state_final(cases.state), kept by the triggers below
    open             boolean NOT NULL DEFAULT true,
    -- the due date in the key's index too: a list narrowed by a filter on cases (counter, clerk and days…) looks up
    -- the due date of each matching case (CaseListDao/pageOfMatching.sql) from the index alone
    CONSTRAINT case_clocks_pkey PRIMARY KEY (case_id) INCLUDE (promised_due_at)
) WITH (fillfactor = 80);
-- fillfactor: a transition that leaves both dates alone (e.g. 审查) rewrites the row; with room on its page that
-- update is HOT and touches no index.

INSERT INTO case_clocks (case_id, staff_id, legal_due_at, promised_due_at, calendar_version, deadline_moved, open)
SELECT id, staff_id, legal_due_at, promised_due_at, calendar_version, deadline_moved, NOT case_state_final(state)
FROM cases;

-- The case lists' order "most urgent first" (CaseListSql.order) over open cases, the supervisors' and a clerk's own.
-- Partial: a calendar recompute moves open cases only, and each index holding promised_due_at gets a new entry for
-- every moved row (bench/calendar-recompute.sh): only the open cases' entries move.
CREATE INDEX case_clocks_open_due ON case_clocks (promised_due_at, case_id) WHERE open;
CREATE INDEX case_clocks_staff_open_due ON case_clocks (staff_id, promised_due_at, case_id) WHERE open;
-- The closed cases in the same order: a list of all cases merges both (CaseListSql.clocksRows). A recompute never
-- moves a closed case, so these cost it nothing; a case enters them once, when it closes.
CREATE INDEX case_clocks_closed_due ON case_clocks (promised_due_at, case_id) WHERE NOT open;
CREATE INDEX case_clocks_staff_closed_due ON case_clocks (staff_id, promised_due_at, case_id) WHERE NOT open;

CREATE FUNCTION case_clocks_for_new_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- DO NOTHING: a statement that writes the clocks of the cases it inserts (tests' seeds) has done it already
    -- (their open flag is set from the state here all the same)
    INSERT INTO case_clocks (case_id, staff_id, open)
    SELECT id, staff_id, NOT case_state_final(state) FROM new_cases
    ON CONFLICT (case_id) DO UPDATE SET open = EXCLUDED.open WHERE case_clocks.open <> EXCLUDED.open;
    RETURN NULL;
END
$$;
-- one statement-level trigger: a bulk insert adds its clocks in one INSERT, not one call per row
CREATE TRIGGER cases_add_clocks AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_clocks_for_new_cases();

-- A state change that opens or closes the case (a decision, a delivery, a parent following its children, a test's
-- own UPDATE) moves the flag in the same transaction; the WHEN clause keeps every other transition free of it.
CREATE FUNCTION case_clocks_follow_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_clocks SET open = NOT case_state_final(NEW.state) WHERE case_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER cases_clocks_open AFTER UPDATE OF state ON cases FOR EACH ROW
    WHEN (case_state_final(OLD.state) IS DISTINCT FROM case_state_final(NEW.state))
    EXECUTE FUNCTION case_clocks_follow_state();

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
-- case_clocks_open_due and case_clocks_staff_open_due instead. cases_open_alert (V6) comes back without the date: the
-- level counts of the open cases (CaseListDao.levelCounts) read it alone.
DROP INDEX cases_staff_day;
ALTER TABLE cases DROP COLUMN legal_due_at, DROP COLUMN promised_due_at, DROP COLUMN calendar_version,
    DROP COLUMN deadline_moved;
CREATE INDEX cases_staff_day ON cases (staff_id, received_on, alert_level) INCLUDE (received_at, id);
CREATE INDEX cases_open_alert ON cases (alert_level)
    WHERE state NOT IN ('NOT_REQUIRED', 'NOT_COMPETENT', 'WITHDRAWN', 'REJECTED', 'APPROVED', 'REFUSED', 'DELIVERED',
                        'ACCEPTANCE_REVOKED', 'TERMINATED', 'DECIDED_ON_COMMITMENT');
