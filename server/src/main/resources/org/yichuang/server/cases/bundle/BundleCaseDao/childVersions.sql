-- The sum of the children's state versions: it grows with every transition of any child (a replayed intake moves none)
SELECT coalesce(sum(state_version), 0) FROM cases WHERE parent_case_id = :parentId
