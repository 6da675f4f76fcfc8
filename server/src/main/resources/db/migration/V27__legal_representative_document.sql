-- Issue 10 item 1: the legal representative's (法定代表人 / 负责人) own identity document. An organisation applies
-- with its 统一社会信用代码; the person who represents it is identified by a document of one of core's DocumentType,
-- validated by the same rule as a natural person's (DocumentNumber.parse). Optional: older clients send none.
-- Personal data: read and written only inside the audited applicant and case statements, never logged.

-- the person row keeps the document as first given with its representative (PersonDao.upsertApplicant)
ALTER TABLE persons
    ADD COLUMN legal_representative_document_type text
        CHECK (legal_representative_document_type IN ('RESIDENT_ID', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT',
                                                      'HMT_RESIDENCE_PERMIT', 'FOREIGN_PERMANENT_RESIDENCE',
                                                      'PASSPORT')),
    ADD COLUMN legal_representative_document_number varchar(20),
    ADD CONSTRAINT persons_representative_document_complete
        CHECK ((legal_representative_document_type IS NULL) = (legal_representative_document_number IS NULL)
            AND (legal_representative_document_type IS NULL OR legal_representative IS NOT NULL));

-- each case keeps the document as given for it (the notices print it masked beside the representative's name)
ALTER TABLE cases
    ADD COLUMN legal_representative_document_type text
        CHECK (legal_representative_document_type IN ('RESIDENT_ID', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT',
                                                      'HMT_RESIDENCE_PERMIT', 'FOREIGN_PERMANENT_RESIDENCE',
                                                      'PASSPORT')),
    ADD COLUMN legal_representative_document_number varchar(20),
    ADD CONSTRAINT cases_representative_document_complete
        CHECK ((legal_representative_document_type IS NULL) = (legal_representative_document_number IS NULL)
            AND (legal_representative_document_type IS NULL OR legal_representative IS NOT NULL));
