-- issue 12: live queue updates. Every statement that adds queue events NOTIFYs the channel queue_events; PostgreSQL
-- delivers it only when the transaction commits (never for one that rolls back), once per transaction, to every
-- server instance listening on the database, which then reads the new rows by id (docs/queue.md). A trigger rather
-- than a call in each step: steps written in SQL alone (closing the day before) notify too.
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
