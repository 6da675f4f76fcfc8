SELECT collection_method FROM case_intakes WHERE case_id = :caseId AND collection_method IS NOT NULL
