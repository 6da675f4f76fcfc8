-- a returning applicant (POST /api/applicants/lookup): the identity as first recorded
SELECT id, kind, id_type, id_number, name, legal_representative, phone
FROM persons
WHERE id_number = :idNumber AND id_type = :idType
