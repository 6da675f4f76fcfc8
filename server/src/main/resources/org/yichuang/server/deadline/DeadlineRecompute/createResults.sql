CREATE TEMP TABLE IF NOT EXISTS deadline_recomputed (
    id bigint NOT NULL, version integer NOT NULL, old_legal timestamptz, new_legal timestamptz,
    old_promised timestamptz, new_promised timestamptz, moved boolean NOT NULL
) ON COMMIT DELETE ROWS
