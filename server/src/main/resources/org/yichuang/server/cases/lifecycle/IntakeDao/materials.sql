SELECT position, name, status, channel, original_verified, originals, copies, pages, problem, received_at,
       supplemented
FROM case_materials
WHERE case_id = :caseId
ORDER BY position
