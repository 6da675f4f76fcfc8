-- issue 12: a counter's step writes its queue event in its own statement (a writable CTE after the guarded UPDATE), so
-- call next, start, finish and the other steps are one autocommit round trip instead of UPDATE, INSERT and COMMIT
-- (docs/queue.md). The payload — what a board may show — is built here once for every statement that writes one, Java's
-- or SQL's. The spoken announcement is not stored: the stream and the board add it from number and counter when they
-- read a call (CallAnnouncement), so that its wording lives only there.
CREATE FUNCTION queue_event_payload(number text, category text, status text, counter_no integer,
                                    target_counter_no integer) RETURNS jsonb
    -- STABLE as jsonb_build_object is: a function declared IMMUTABLE over a stable body is not inlined, and then runs
    -- as a query of its own for every row (PostgreSQL CPU per counter step up 15 %; bench/queue-load.sh)
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT jsonb_strip_nulls(jsonb_build_object(
    'number', number, 'category', category, 'status', status, 'counterNo', counter_no,
    -- a ticket sent to one counter waits for that counter only (the daily figures' idle time needs to know)
    'targetCounterNo', CASE WHEN status = 'WAITING' THEN target_counter_no END))
$$;
