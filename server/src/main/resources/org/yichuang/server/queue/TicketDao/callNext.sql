-- Calls nothing while the counter is paused or still has a ticket called or in service (the caller then reads why):
-- those checks ride in this statement, not in round trips of their own before it; so does the call's event.
--
-- The order: tickets sent to this counter, then priority, then the longest wait times the category's weight. Within
-- one category the weight is the same for all, so that order is the category's own (sent, priority, arrival), and
-- the ticket to call is the best of the categories' heads: each head is one step of the tickets_waiting_head index
-- (a LATERAL per category) instead of sorting every waiting ticket of the day. A head another counter is calling
-- right now is skipped (SKIP LOCKED), so that counter's ticket is never called twice; the heads this call does not
-- take stay locked only until it commits.
WITH served AS (
    SELECT * FROM unnest(CAST(:categories AS text[]), CAST(:weights AS int[]), CAST(:priorityCounter AS boolean[]))
        AS s (category_code, weight, priority_counter)
), free AS (
    SELECT NOT EXISTS (SELECT 1 FROM queue_counter_states
                        WHERE hall_id = :hallId AND counter_no = :counterNo AND paused)
       AND NOT EXISTS (SELECT 1 FROM tickets
                        WHERE hall_id = :hallId AND service_day = :day AND counter_no = :counterNo
                          AND status IN ('CALLED', 'SERVING')) AS yes
), next AS (
    SELECT head.id
      FROM served s
     CROSS JOIN LATERAL (
        SELECT t.id, t.target_counter_no, t.priority_reason, t.queued_at
          FROM tickets t
         WHERE t.hall_id = :hallId AND t.service_day = :day AND t.category_code = s.category_code
           AND t.status = 'WAITING'
           AND (t.target_counter_no IS NULL OR t.target_counter_no = :counterNo)
           -- with dedicated priority counters, a priority ticket waits for one of them
           AND (NOT :dedicated OR t.priority_reason IS NULL OR s.priority_counter)
         ORDER BY (t.target_counter_no IS NOT NULL) DESC, (t.priority_reason IS NOT NULL) DESC, t.queued_at, t.id
         LIMIT 1
           FOR UPDATE OF t SKIP LOCKED
     ) head
     WHERE (SELECT yes FROM free)
     ORDER BY head.target_counter_no IS NOT NULL DESC,
              head.priority_reason IS NOT NULL DESC,
              extract(epoch FROM (CAST(:at AS timestamptz) - head.queued_at)) * s.weight DESC,
              head.queued_at, head.id
     LIMIT 1
), step AS (
    UPDATE tickets t
       SET status = 'CALLED', counter_no = :counterNo, target_counter_no = NULL, call_count = 1,
           first_called_at = :at, last_called_at = :at, called_by = :staffId, version = t.version + 1
      FROM next
     WHERE t.id = next.id
    RETURNING t.*
), event AS (
    -- the call's event in the call's own statement (V30): one round trip, committed with it or not at all
    INSERT INTO queue_events (hall_id, at, kind, ticket_id, counter_no, staff_id, payload)
    SELECT hall_id, :at, 'CALLED', id, :counterNo, :staffId,
           queue_event_payload(number, category_code, status, :counterNo, target_counter_no)
      FROM step
)
SELECT * FROM step
