-- one statement: a case whose case_clocks row a transition wrote since it was read (version) keeps its old calendar
-- version and is recomputed by the next pass; the old values of every moved case go to the history with the same
-- update. Only the narrow case_clocks rows are rewritten (V21), never the wide case row with its 13 indexes. The
-- check is on the updated row itself: a concurrent writer's new row version is what PostgreSQL re-checks after
-- waiting for it.
WITH applied AS (
    UPDATE case_clocks d SET legal_due_at = r.new_legal, promised_due_at = r.new_promised, calendar_version = :current,
                             deadline_moved = d.deadline_moved OR r.moved
    FROM deadline_recomputed r
    WHERE d.case_id = r.id AND d.version = r.version AND d.calendar_version = :old
      -- the batch's id range lets the planner read only its part of case_clocks instead of the whole table per batch
      AND d.case_id BETWEEN :minId AND :maxId
    RETURNING r.*
)
INSERT INTO case_deadline_history (case_id, changed_at, old_calendar_version, new_calendar_version,
                                   old_legal_due_at, new_legal_due_at, old_promised_due_at, new_promised_due_at,
                                   reason)
SELECT a.id, :now, :old, :current, a.old_legal, a.new_legal, a.old_promised, a.new_promised, :reason
FROM applied a WHERE a.moved
