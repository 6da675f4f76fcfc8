-- the receipt as the case was accepted (view case_receipts, V5), with its queue ticket and waiting time (V20)
SELECT r.*, t.number AS ticket_number,
       EXTRACT(EPOCH FROM (t.first_called_at - t.issued_at))::bigint AS ticket_wait_seconds
  FROM case_receipts r
  JOIN cases k ON k.id = r.id
  LEFT JOIN tickets t ON t.id = k.ticket_id
 WHERE r.case_no = :caseNo
