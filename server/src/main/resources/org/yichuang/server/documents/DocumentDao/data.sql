SELECT data FROM case_documents WHERE id = :id
