-- Issue 10 item 7: 一件事 (bundle) applications. One application is one parent case with one child case per member
-- item; each child has its item's department, due dates and state, the parent's state is derived from the children
-- (core BundleProgress). A bundle says whether its members run in parallel (并联) or in order (串联) and may carry
-- its own promised limit (一件事承诺时限, the "2、5、6" rule), which then binds every child.

ALTER TABLE service_bundles
    ADD COLUMN run_mode text NOT NULL DEFAULT 'PARALLEL' CHECK (run_mode IN ('PARALLEL', 'SEQUENTIAL')),
    ADD COLUMN limit_value integer CHECK (limit_value > 0),
    ADD COLUMN limit_unit text CHECK (limit_unit IN ('WORKING_DAYS', 'NATURAL_DAYS', 'HOURS', 'MONTHS')),
    ADD CONSTRAINT service_bundles_limit_whole CHECK ((limit_value IS NULL) = (limit_unit IS NULL));

-- Parent cases (一件事编号) are numbered YJS + yyyyMMdd + 5-digit daily sequence of the hall's applications: bundle
-- codes may be 64 characters long, more than a case number holds.
CREATE TABLE bundle_case_sequences (
    day        date PRIMARY KEY,
    last_value integer NOT NULL
);

ALTER TABLE cases
    -- set on a child: its application's parent case
    ADD COLUMN parent_case_id bigint REFERENCES cases (id),
    -- set on the parent and its children: the bundle as it was when the application was received
    ADD COLUMN bundle_code text,
    ADD COLUMN bundle_name text,
    -- a child's place in the bundle's member order (0, 1, …); NULL on the parent
    ADD COLUMN bundle_position integer CHECK (bundle_position >= 0),
    ADD COLUMN bundle_run_mode text CHECK (bundle_run_mode IN ('PARALLEL', 'SEQUENTIAL')),
    -- the bundle's own promised limit, when it had one: it replaces the child's item promised limit at acceptance
    ADD COLUMN bundle_limit_value integer,
    ADD COLUMN bundle_limit_unit text,
    -- the plan from receipt (core BundleSchedule): when the child's promised period starts and when it (or, on the
    -- parent, the whole application) is due
    ADD COLUMN bundle_start_at timestamptz,
    ADD COLUMN bundle_due_at timestamptz,
    ADD COLUMN bundle_due_on date,
    ADD CONSTRAINT cases_bundle_child_complete
        CHECK (parent_case_id IS NULL OR (bundle_code IS NOT NULL AND bundle_position IS NOT NULL)),
    ADD CONSTRAINT cases_bundle_limit_whole CHECK ((bundle_limit_value IS NULL) = (bundle_limit_unit IS NULL));

CREATE INDEX cases_children ON cases (parent_case_id, bundle_position) WHERE parent_case_id IS NOT NULL;
