-- one statement: a case changed by a transition since it was read (state_version) keeps its old version and is
-- recomputed by the next pass; the old values of every moved case go to the history with the same update
WITH applied AS (
    UPDATE cases c SET legal_due_at = r.new_legal, promised_due_at = r.new_promised, calendar_version = :current,
                       deadline_moved = c.deadline_moved OR r.moved
    FROM deadline_recomputed r
    WHERE c.id = r.id AND c.state_version = r.state_version AND c.calendar_version = :old
      -- the batch's id range lets the planner read only its part of cases instead of the whole table per batch
      AND c.id BETWEEN :minId AND :maxId
    RETURNING r.*
)
INSERT INTO case_deadline_history (case_id, changed_at, old_calendar_version, new_calendar_version,
                                   old_legal_due_at, new_legal_due_at, old_promised_due_at, new_promised_due_at,
                                   reason)
SELECT a.id, :now, :old, :current, a.old_legal, a.new_legal, a.old_promised, a.new_promised, :reason
FROM applied a WHERE a.moved
