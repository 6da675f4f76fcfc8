-- issue 12: the NOTIFY on queue_events moves out of the step's transaction (QueueNotifier, after the commit).
-- PostgreSQL lets one notifying transaction commit at a time and holds that turn until its commit record is flushed,
-- so with the trigger every counter action of the hall waited in one line for the disk (call next p99 on 2 cores:
-- 54 ms with it, 28 ms without; bench/queue-load.sh). The writer lock of V25 stays: readers still need it for gaps.
DROP TRIGGER queue_events_notify ON queue_events;
DROP FUNCTION queue_events_notify();
