-- Locks every child of the parent with this number, in member order, before anything else: a child's transition locks
-- the child and then updates the parent, so taking all children first (and the parent only through them) can never
-- wait in a circle with it. Returns the parent's id once per child.
SELECT k.parent_case_id
FROM cases k JOIN cases p ON p.id = k.parent_case_id
WHERE p.case_no = :caseNo AND p.parent_case_id IS NULL
ORDER BY k.bundle_position
FOR UPDATE OF k
