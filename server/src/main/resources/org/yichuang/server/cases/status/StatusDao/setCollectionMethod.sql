UPDATE case_intakes SET collection_method = :method WHERE case_id = :caseId
