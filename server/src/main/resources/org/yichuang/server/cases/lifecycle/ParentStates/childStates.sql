-- A 一件事 parent's children's states in member order (the child just moved is already written)
SELECT state FROM cases WHERE parent_case_id = :parentId ORDER BY bundle_position
