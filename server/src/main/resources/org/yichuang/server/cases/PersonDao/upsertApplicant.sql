-- The person row keeps what was first given: a later case with another spelling (a 生僻字 typed as a common
-- character, a typo) must not rewrite the name on every earlier case's record. Each case keeps its own name and
-- phone in its own row. A phone is only filled in when none was known.
-- The representative's own document (V27) is filled in when none was known and the representative is the same.
INSERT INTO persons (id_number, id_type, kind, name, legal_representative, legal_representative_document_type,
                     legal_representative_document_number, phone, created_at, updated_at)
VALUES (:idNumber, :idType, :kind, :name, :legalRepresentative, :representativeDocumentType,
        :representativeDocumentNumber, :phone, :at, :at)
ON CONFLICT (id_number, id_type) DO UPDATE
    SET phone = COALESCE(persons.phone, EXCLUDED.phone),
        legal_representative_document_type = CASE
            WHEN persons.legal_representative_document_type IS NULL
                 AND persons.legal_representative = EXCLUDED.legal_representative
            THEN EXCLUDED.legal_representative_document_type ELSE persons.legal_representative_document_type END,
        legal_representative_document_number = CASE
            WHEN persons.legal_representative_document_type IS NULL
                 AND persons.legal_representative = EXCLUDED.legal_representative
            THEN EXCLUDED.legal_representative_document_number ELSE persons.legal_representative_document_number END,
        updated_at = CASE WHEN persons.phone IS NULL AND EXCLUDED.phone IS NOT NULL
                          THEN EXCLUDED.updated_at ELSE persons.updated_at END
RETURNING id
