INSERT INTO cases (case_no, item_id, item_version_id, person_id, applicant_name, phone, remarks, counter_id, staff_id,
                   received_at)
VALUES (:caseNo, :itemId, :itemVersionId, :personId, :applicantName, :phone, :remarks, :counterId, :staffId,
        :receivedAt)
