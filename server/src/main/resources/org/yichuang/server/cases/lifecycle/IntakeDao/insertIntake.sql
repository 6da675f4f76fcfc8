INSERT INTO case_intakes (case_id, outcome, commitment_signed, genuine_intent_asked, reason, legal_basis,
                          competent_authority, remedies, consequence, correction_note, supplement_due_on,
                          notice_service_due_on, post_check_due_on, seal_owner, decided_at, decided_by)
VALUES (:caseId, :outcome, :commitmentSigned, :genuineIntentAsked, :reason, :legalBasis, :competentAuthority,
        :remedies, :consequence, :correctionNote, :supplementDueOn, :noticeServiceDueOn, :postCheckDueOn, :sealOwner,
        :decidedAt, :decidedBy)
