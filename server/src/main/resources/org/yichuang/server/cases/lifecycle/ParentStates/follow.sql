-- The parent takes the state derived from its children (core BundleProgress); its version moves with it, so a view
-- read before is known to be stale
UPDATE cases SET state = :state, state_version = state_version + 1
WHERE id = :parentId AND state <> :state
