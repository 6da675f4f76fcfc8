SELECT virtualtransaction
  FROM pg_locks
 WHERE locktype = 'advisory' AND granted AND objsubid = 1
   AND classid = CAST(:key >> 32 AS oid) AND objid = CAST(:key & 4294967295 AS oid)
