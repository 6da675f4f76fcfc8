-- issue 12: live queue updates (docs/queue.md). Triggers rather than a call in each step: steps written in SQL alone
-- (closing the day before) and steps added later are covered too.
--
-- Before a statement inserts queue events (so before their ids are taken), its transaction holds the advisory lock
-- 1220312 shared until it ends: a reader that sees a gap in the ids waits for the holders of that lock only, not for
-- every transaction of the cluster. Shared holders never wait for one another.
CREATE FUNCTION queue_events_writer() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(1220312);
    RETURN NULL;
END;
$$;

CREATE TRIGGER queue_events_writer
    BEFORE INSERT ON queue_events
    FOR EACH STATEMENT EXECUTE FUNCTION queue_events_writer();

-- After it, the statement NOTIFYs the channel queue_events; PostgreSQL delivers that only when the transaction commits
-- (never for one that rolls back), once per transaction, to every server instance listening on the database, which
-- then reads the new rows by id.
CREATE FUNCTION queue_events_notify() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('queue_events', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER queue_events_notify
    AFTER INSERT ON queue_events
    FOR EACH STATEMENT EXECUTE FUNCTION queue_events_notify();
