-- a transaction-scoped advisory lock: released at commit or rollback, never left behind by a crash
SELECT 1 FROM pg_advisory_xact_lock(hashtext('yichuang.catalog'))
