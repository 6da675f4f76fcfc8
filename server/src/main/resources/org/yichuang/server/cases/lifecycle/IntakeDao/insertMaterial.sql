INSERT INTO case_materials (case_id, position, name, status, channel, original_verified, originals, copies, pages,
                            problem, received_at)
VALUES (:caseId, :position, :name, :status, :channel, :originalVerified, :originals, :copies, :pages, :problem,
        :receivedAt)
