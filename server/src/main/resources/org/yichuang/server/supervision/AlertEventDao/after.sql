-- One statement: the bounds of its snapshot come with its rows (one row with no event when there is none), so the
-- stream's gap rule compares the ids it saw with the transactions that were running when it saw them.
SELECT s.xmin, s.xmax, e.id, e.case_id, e.staff_id, e.case_no, e.at, e.old_level, e.new_level, e.reason
  FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin,
               pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax) s
  LEFT JOIN LATERAL (
        SELECT e.id, e.case_id, e.staff_id, k.case_no, e.at, e.old_level, e.new_level, e.reason
          FROM alert_events e
          JOIN cases k ON k.id = e.case_id
         WHERE e.id > :afterId
         ORDER BY e.id
         LIMIT :limit
  ) e ON true
 ORDER BY e.id
