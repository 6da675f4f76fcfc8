-- A case corrected on the spot (当场更正) is judged again: its earlier checklist and outcome are replaced.
WITH gone AS (DELETE FROM case_materials WHERE case_id = :caseId)
DELETE FROM case_intakes WHERE case_id = :caseId
