INSERT INTO cases (case_no, item_id, person_id, applicant_name, phone, remarks, counter_id, staff_id, received_at)
VALUES (:caseNo, :itemId, :personId, :applicantName, :phone, :remarks, :counterId, :staffId, :receivedAt)
