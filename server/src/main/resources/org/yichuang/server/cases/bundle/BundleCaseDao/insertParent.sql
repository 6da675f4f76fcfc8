-- The application's parent case under the hall's daily 一件事 number. It carries the first member's item version
-- (every case has one; the receipts view and the lists join it) and no notice due date: the children's clocks run,
-- the day sweep must never deem the parent itself accepted. Returns no row when the day's numbers are used up.
WITH next AS (
    INSERT INTO bundle_case_sequences (day, last_value)
    VALUES (:day, 1)
    ON CONFLICT (day) DO UPDATE SET last_value = bundle_case_sequences.last_value + 1
    RETURNING last_value
)
INSERT INTO cases (case_no, item_id, item_version_id, person_id, applicant_name, phone, remarks, counter_id, staff_id,
                   received_at, received_on, department, legal_representative, legal_representative_document_type,
                   legal_representative_document_number, agent_name,
                   agent_document_type, agent_document_number, agent_phone, bundle_code, bundle_name, bundle_run_mode,
                   bundle_limit_value, bundle_limit_unit, bundle_start_at, bundle_due_at, bundle_due_on)
SELECT :caseNoPrefix || lpad(next.last_value::text, 5, '0'), :itemId, :itemVersionId, :personId, :applicantName,
       :phone, :remarks, :counterId, :staffId, :receivedAt, :day, :department, :p.legalRepresentative,
       :p.representativeDocumentType, :p.representativeDocumentNumber, :p.agentName,
       :p.agentDocumentType, :p.agentDocumentNumber, :p.agentPhone, :bundleCode, :bundleName, :runMode,
       :limitValue, :limitUnit, :receivedAt, :dueAt, :dueOn
FROM next
WHERE next.last_value <= :maxSequence
RETURNING id
