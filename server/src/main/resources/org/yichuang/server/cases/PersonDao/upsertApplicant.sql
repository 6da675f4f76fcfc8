-- The person row keeps what was first given: a later case with another spelling (a 生僻字 typed as a common
-- character, a typo) must not rewrite the name on every earlier case's record. Each case keeps its own name and
-- phone in its own row. A phone is only filled in when none was known.
INSERT INTO persons (id_number, id_type, kind, name, legal_representative, phone, created_at, updated_at)
VALUES (:idNumber, :idType, :kind, :name, :legalRepresentative, :phone, :at, :at)
ON CONFLICT (id_number, id_type) DO UPDATE
    SET phone = COALESCE(persons.phone, EXCLUDED.phone),
        updated_at = CASE WHEN persons.phone IS NULL AND EXCLUDED.phone IS NOT NULL
                          THEN EXCLUDED.updated_at ELSE persons.updated_at END
RETURNING id
