-- a returning applicant (POST /api/applicants/lookup): the identity as first recorded
SELECT id, kind, id_type, id_number, name, legal_representative, phone, legal_representative_document_type,
       legal_representative_document_number
FROM persons
WHERE id_number = :idNumber AND id_type = :idType
