UPDATE cases SET ticket_id = :ticketId WHERE case_no = :caseNo
