SELECT outcome, commitment_signed, genuine_intent_asked, reason, legal_basis, competent_authority, remedies,
       consequence, correction_note, supplement_due_on, notice_service_due_on, post_check_due_on, seal_owner,
       decided_at
FROM case_intakes
WHERE case_id = :caseId
