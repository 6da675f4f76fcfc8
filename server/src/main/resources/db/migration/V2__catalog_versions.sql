-- Issue 3: the service catalog (事项库) with versions, bundles (一件事), and cases that keep their item version.

-- Provincial implementation codes run longer than the 31-character standard (RULES.md §4.4; core allows 64), and
-- a case number is the implementation code plus 12 characters. Codes in other provincial forms carry no level.
ALTER TABLE service_items ALTER COLUMN implementation_code TYPE varchar(64);
ALTER TABLE service_items ALTER COLUMN base_code TYPE varchar(64);
ALTER TABLE service_items ALTER COLUMN department_credit_code DROP NOT NULL;
ALTER TABLE service_items ALTER COLUMN level DROP NOT NULL;
ALTER TABLE cases ALTER COLUMN case_no TYPE varchar(80);

-- Items stored before versions existed (session 1's hard-coded demo list) have no full record that could become a
-- version: they leave the catalog. Their rows stay, because cases and case numbers refer to them, and those cases
-- keep reading the summary columns. The shipped demo catalog is seeded in their place on the next start.
UPDATE service_items SET in_force = false;

COMMENT ON TABLE service_items IS
    'Identity of a service item (事项) by implementation code; the other columns project its latest version.';

-- Every saved state of an item. The version in force at time t is the highest version whose effective_from <= t;
-- later-dated versions wait for their time. Rows are never updated or deleted: history is not rewritten.
CREATE TABLE service_item_versions (
    id             bigserial PRIMARY KEY,
    item_id        bigint NOT NULL REFERENCES service_items (id),
    version        integer NOT NULL CHECK (version > 0),
    effective_from timestamptz NOT NULL,
    in_force       boolean NOT NULL,
    item           jsonb NOT NULL,
    recorded_at    timestamptz NOT NULL,
    recorded_by    bigint REFERENCES staff (id),
    UNIQUE (item_id, version),
    -- lets cases point at (version, item) so a case can never name a version of another item
    UNIQUE (id, item_id)
);
COMMENT ON COLUMN service_item_versions.item IS 'The whole ServiceItem as the server''s Jackson mapper writes it.';
COMMENT ON COLUMN service_item_versions.recorded_by IS 'Staff who saved it; NULL for the system (demo seed).';

-- The version a case was accepted under. NOT VALID: rows from before V2 keep NULL, every new or changed row needs one.
ALTER TABLE cases ADD COLUMN item_version_id bigint;
ALTER TABLE cases ADD CONSTRAINT cases_item_version_fk FOREIGN KEY (item_version_id, item_id)
    REFERENCES service_item_versions (id, item_id);
ALTER TABLE cases ADD CONSTRAINT cases_item_version_required CHECK (item_version_id IS NOT NULL) NOT VALID;

-- Bundles (一件事): items applied for together, in handling order.
CREATE TABLE service_bundles (
    id          bigserial PRIMARY KEY,
    code        varchar(64) NOT NULL UNIQUE,
    name        text NOT NULL,
    description text
);

CREATE TABLE service_bundle_items (
    bundle_id bigint NOT NULL REFERENCES service_bundles (id) ON DELETE CASCADE,
    position  integer NOT NULL CHECK (position >= 0),
    item_id   bigint NOT NULL REFERENCES service_items (id),
    PRIMARY KEY (bundle_id, position),
    UNIQUE (bundle_id, item_id)
);
