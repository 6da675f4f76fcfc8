-- A returning applicant's material (补正/补齐): received now, by this channel and count.
UPDATE case_materials
SET status = 'RECEIVED', channel = :channel, original_verified = :originalVerified, originals = :originals,
    copies = :copies, pages = :pages, problem = NULL, received_at = :at, supplemented = true
WHERE case_id = :caseId AND name = :name AND status IN ('MISSING', 'DEFECTIVE')
