-- One child case under its item's daily number (as CaseInsertDao.insertNumbered), linked to its parent, with its
-- department, the bundle's rule and its planned promised period. Returns no row when the item's numbers are used up.
WITH next AS (
    INSERT INTO case_sequences (item_id, day, last_value)
    VALUES (:itemId, :day, 1)
    ON CONFLICT (item_id, day) DO UPDATE SET last_value = case_sequences.last_value + 1
    RETURNING last_value
)
INSERT INTO cases (case_no, item_id, item_version_id, person_id, applicant_name, phone, remarks, counter_id, staff_id,
                   received_at, received_on, department, legal_representative, legal_representative_document_type,
                   legal_representative_document_number, agent_name,
                   agent_document_type, agent_document_number, agent_phone, supplement_notice_due_at, parent_case_id, bundle_code,
                   bundle_name, bundle_position, bundle_run_mode, bundle_limit_value, bundle_limit_unit,
                   bundle_start_at, bundle_due_at, bundle_due_on)
SELECT :caseNoPrefix || lpad(next.last_value::text, 4, '0'), :itemId, :itemVersionId, :personId, :applicantName,
       :phone, :remarks, :counterId, :staffId, :receivedAt, :day, :department, :p.legalRepresentative,
       :p.representativeDocumentType, :p.representativeDocumentNumber, :p.agentName,
       :p.agentDocumentType, :p.agentDocumentNumber, :p.agentPhone,
       -- the end of the notice day: the hall's cut-off, or 24:00, in the hall's zone (as insertNumbered)
       (SELECT (CAST(:noticeDueOn AS date) + COALESCE(h.cutoff_time, time '24:00')) AT TIME ZONE h.zone_id
        FROM counters c JOIN halls h ON h.id = c.hall_id WHERE c.id = :counterId),
       :parentId, :bundleCode, :bundleName, :position, :runMode, :limitValue, :limitUnit, :startAt, :dueAt, :dueOn
FROM next
WHERE next.last_value <= :maxSequence
RETURNING case_no
