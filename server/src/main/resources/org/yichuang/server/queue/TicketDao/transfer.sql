-- the ticket keeps its number and its place (queued_at), so the applicant is not sent to the back of a new queue
UPDATE tickets
   SET status = 'WAITING', category_code = :category, target_counter_no = :targetCounterNo, counter_no = NULL,
       started_at = NULL, version = version + 1
 WHERE id = :id AND status IN ('CALLED', 'SERVING') AND counter_no = :counterNo
RETURNING *
