-- Everything after the key is claimed and the applicant stored, in one round trip: the item's next daily number,
-- the case under it, the key's link to the case and the audit row. Returns no row when the day's numbers are used up
-- (the caller then rolls back, the sequence's increment with it).
WITH next AS (
    INSERT INTO case_sequences (item_id, day, last_value)
    VALUES (:itemId, :day, 1)
    ON CONFLICT (item_id, day) DO UPDATE SET last_value = case_sequences.last_value + 1
    RETURNING last_value
), created AS (
    INSERT INTO cases (case_no, item_id, item_version_id, person_id, applicant_name, phone, remarks, counter_id,
                       staff_id, received_at, received_on, department, legal_representative, agent_name,
                       agent_document_type, agent_document_number, agent_phone, supplement_notice_due_at,
                       legal_representative_document_type, legal_representative_document_number)
    SELECT :caseNoPrefix || lpad(next.last_value::text, 4, '0'), :itemId, :itemVersionId, :personId, :applicantName,
           :phone, :remarks, :counterId, :staffId, :receivedAt, :day, :department, :legalRepresentative, :agentName,
           :agentDocumentType, :agentDocumentNumber, :agentPhone,
           -- the end of the notice day: the hall's cut-off, or 24:00 (DeadlineCalculator.endOf), in the hall's zone
           (SELECT (CAST(:noticeDueOn AS date) + COALESCE(h.cutoff_time, time '24:00')) AT TIME ZONE h.zone_id
            FROM counters c JOIN halls h ON h.id = c.hall_id WHERE c.id = :counterId),
           :representativeDocumentType, :representativeDocumentNumber
    FROM next
    WHERE next.last_value <= :maxSequence
    RETURNING id, case_no
), linked AS (
    UPDATE idempotency_keys SET case_id = created.id FROM created
    WHERE staff_id = :staffId AND counter_id = :counterId AND key = :idempotencyKey
), audited AS (
    INSERT INTO audit_log (at, staff_id, action, subject, detail)
    SELECT :receivedAt, :staffId, :auditAction, created.case_no, :auditDetail FROM created
)
SELECT case_no FROM created
