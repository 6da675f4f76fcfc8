-- Issue 9: the case's legal life (RULES.md §1.2, §1.3, §6, §8.5). Receipt (收件) and acceptance (受理) are different
-- moments: received_at is when the papers came in, accepted_at when (and on what basis) the hall accepted them.

-- The working-day calendar (工作日历) as versioned data. A version is a whole calendar: every import of a year makes a
-- new version with that year replaced, so a deadline that names its version can always be explained again.
CREATE TABLE calendar_versions (
    number         integer PRIMARY KEY CHECK (number > 0),
    source         text NOT NULL,
    effective_from timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL,
    recorded_by    bigint REFERENCES staff (id),
    -- years with an official schedule; any other year is weekends only and marked provisional (暂定)
    published_years integer[] NOT NULL
);
COMMENT ON COLUMN calendar_versions.recorded_by IS 'Staff who imported it; NULL for the shipped schedule.';

-- Days that differ from Monday-to-Friday: OFF (法定节假日), WORK (调休上班), REGIONAL_OFF (地方休息日, RULES.md §6.3).
CREATE TABLE calendar_days (
    version             integer NOT NULL REFERENCES calendar_versions (number),
    day                 date NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('OFF', 'WORK', 'REGIONAL_OFF')),
    holiday             text NOT NULL,
    counts_as_statutory boolean NOT NULL DEFAULT true,
    PRIMARY KEY (version, day)
);

-- Hall configuration that day boundaries and deadlines need (RULES.md §6.4, §8.5, §10.6/§10.8).
ALTER TABLE halls
    -- end of a due day: NULL = 24:00 (民法典 Art. 203), else the close of business
    ADD COLUMN cutoff_time time,
    -- office hours over which hour limits are spread, e.g. '09:00-12:00,13:30-17:30'
    ADD COLUMN office_hours text NOT NULL DEFAULT '09:00-12:00,13:30-17:30',
    -- 红黄牌 WARNING: at most this many working days left before the promised due date ...
    ADD COLUMN warning_working_days integer NOT NULL DEFAULT 2 CHECK (warning_working_days >= 0),
    -- ... or at least this share (percent) of the promised limit used
    ADD COLUMN warning_used_percent integer NOT NULL DEFAULT 80 CHECK (warning_used_percent BETWEEN 1 AND 100);

-- Cases stored before this migration were received and never decided: they become RECEIVED, never "accepted".
ALTER TABLE cases
    ADD COLUMN state text NOT NULL DEFAULT 'RECEIVED' CHECK (state IN ('RECEIVED', 'CORRECTED_ON_SPOT', 'NEEDS_SUPPLEMENT', 'NOT_REQUIRED', 'NOT_COMPETENT',
        'DEEMED_ACCEPTED', 'ACCEPTED', 'ACCEPTED_DEFERRED', 'DECIDED_ON_COMMITMENT', 'WITHDRAWN', 'REJECTED', 'IN_REVIEW',
        'EXTENDED', 'SPECIAL_PROCEDURE', 'APPROVED', 'REFUSED', 'DELIVERED', 'ACCEPTANCE_REVOKED', 'TERMINATED')),
    -- bumped by every transition: a transition names the version it read (optimistic lock)
    ADD COLUMN state_version integer NOT NULL DEFAULT 0,
    -- the hall day of receipt; the 5-working-day notice period (许可法 Art. 32(4)) counts from it
    ADD COLUMN received_on date,
    ADD COLUMN supplement_notice_due_at timestamptz,
    ADD COLUMN supplement_notice_served_at timestamptz,
    ADD COLUMN supplement_due_at timestamptz,
    ADD COLUMN supplement_completed_at timestamptz,
    ADD COLUMN accepted_at timestamptz,
    ADD COLUMN acceptance_basis text CHECK (acceptance_basis IN ('NORMAL', 'AFTER_SUPPLEMENT', 'DEFERRED', 'DEEMED',
                                                                 'COMMITMENT')),
    -- 法定/承诺办结期限, fixed at acceptance and moved only by suspensions, extensions and calendar changes
    ADD COLUMN legal_due_at timestamptz,
    ADD COLUMN promised_due_at timestamptz,
    ADD COLUMN calendar_version integer REFERENCES calendar_versions (number),
    ADD COLUMN decided_at timestamptz,
    ADD COLUMN delivered_at timestamptz,
    -- the back-office step (环节) the case is in and its own deadline (环节时限)
    ADD COLUMN current_step text,
    ADD COLUMN step_due_at timestamptz,
    -- 红黄牌 (RULES.md §8.5)
    ADD COLUMN alert_level text NOT NULL DEFAULT 'NONE' CHECK (alert_level IN ('NONE', 'WARNING', 'YELLOW', 'RED')),
    ADD COLUMN alert_changed_at timestamptz,
    -- set when a calendar change moved a due date; cleared when someone has looked (see case_deadline_history)
    ADD COLUMN deadline_moved boolean NOT NULL DEFAULT false,
    -- the department (实施主体) of the case's item version, kept on the case so supervisors can filter by it
    ADD COLUMN department text;

-- cases from before item versions (V2) have none and may not change under that check: lift it for this update only
ALTER TABLE cases DROP CONSTRAINT cases_item_version_required;
UPDATE cases k SET received_on = (k.received_at AT TIME ZONE h.zone_id)::date,
                   department = r.department
FROM counters c, halls h, case_receipts r
WHERE c.id = k.counter_id AND h.id = c.hall_id AND r.id = k.id;

ALTER TABLE cases ADD CONSTRAINT cases_item_version_required CHECK (item_version_id IS NOT NULL) NOT VALID;
ALTER TABLE cases ALTER COLUMN received_on SET NOT NULL;
ALTER TABLE cases ALTER COLUMN department SET NOT NULL;
ALTER TABLE cases ADD CONSTRAINT cases_acceptance_has_basis
    CHECK ((accepted_at IS NULL) = (acceptance_basis IS NULL));

-- Open cases (not finally decided) by deadline: the alert sweep, the supervisor list and calendar recomputation.
CREATE INDEX cases_open_alert ON cases (alert_level, promised_due_at)
    WHERE state NOT IN ('NOT_REQUIRED', 'NOT_COMPETENT', 'WITHDRAWN', 'REJECTED', 'APPROVED', 'REFUSED', 'DELIVERED',
                        'ACCEPTANCE_REVOKED', 'TERMINATED', 'DECIDED_ON_COMMITMENT');
CREATE INDEX cases_staff_received ON cases (staff_id, received_at DESC);

-- Every transition, with the idempotency key (提交编号) of the request that made it and the answer it got, so that a
-- repeated request answers the same result and a key reused with other content is refused.
CREATE TABLE case_transitions (
    id              bigserial PRIMARY KEY,
    case_id         bigint NOT NULL REFERENCES cases (id),
    action          text NOT NULL,
    from_state      text NOT NULL,
    to_state        text NOT NULL,
    at              timestamptz NOT NULL,
    staff_id        bigint NOT NULL REFERENCES staff (id),
    idempotency_key varchar(100) NOT NULL,
    request_hash    text NOT NULL,
    detail          jsonb,
    result          jsonb NOT NULL,
    UNIQUE (staff_id, idempotency_key)
);
CREATE INDEX case_transitions_case ON case_transitions (case_id, id);

-- Clock stops (许可法 Art. 45 and configured others): the days after started_on up to ended_on do not count.
CREATE TABLE case_suspensions (
    id         bigserial PRIMARY KEY,
    case_id    bigint NOT NULL REFERENCES cases (id),
    kind       text NOT NULL,
    reason     text NOT NULL,
    started_on date NOT NULL,
    ended_on   date,
    started_by bigint NOT NULL REFERENCES staff (id),
    ended_by   bigint REFERENCES staff (id),
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX case_suspensions_case ON case_suspensions (case_id, started_on);

-- Extensions (许可法 Art. 42): approved by a named 负责人, with the reason told to the applicant.
CREATE TABLE case_extensions (
    id           bigserial PRIMARY KEY,
    case_id      bigint NOT NULL REFERENCES cases (id),
    working_days integer NOT NULL CHECK (working_days > 0),
    reason       text NOT NULL,
    approver_id  bigint NOT NULL REFERENCES staff (id),
    granted_at   timestamptz NOT NULL,
    granted_by   bigint NOT NULL REFERENCES staff (id)
);
CREATE INDEX case_extensions_case ON case_extensions (case_id);

-- Old due dates kept when a calendar change (or a correction) moved them (RULES.md §6.6).
CREATE TABLE case_deadline_history (
    id                   bigserial PRIMARY KEY,
    case_id              bigint NOT NULL REFERENCES cases (id),
    changed_at           timestamptz NOT NULL,
    old_calendar_version integer REFERENCES calendar_versions (number),
    new_calendar_version integer REFERENCES calendar_versions (number),
    old_legal_due_at     timestamptz,
    new_legal_due_at     timestamptz,
    old_promised_due_at  timestamptz,
    new_promised_due_at  timestamptz,
    reason               text NOT NULL
);
CREATE INDEX case_deadline_history_case ON case_deadline_history (case_id, id);

-- Changes of alert level, in order: the server-sent event stream replays them after Last-Event-ID.
CREATE TABLE alert_events (
    id             bigserial PRIMARY KEY,
    case_id        bigint NOT NULL REFERENCES cases (id),
    staff_id       bigint NOT NULL REFERENCES staff (id),
    at             timestamptz NOT NULL,
    old_level      text NOT NULL,
    new_level      text NOT NULL,
    reason         text NOT NULL
);
