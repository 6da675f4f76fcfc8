-- Halls (政务服务大厅) and their comprehensive counters (综合窗口).
CREATE TABLE halls (
    id      bigserial PRIMARY KEY,
    name    text NOT NULL UNIQUE,
    zone_id text NOT NULL DEFAULT 'Asia/Shanghai'
);

CREATE TABLE counters (
    id      bigserial PRIMARY KEY,
    hall_id bigint NOT NULL REFERENCES halls (id),
    number  integer NOT NULL CHECK (number > 0),
    name    text NOT NULL,
    UNIQUE (hall_id, number)
);

-- Staff (工作人员) with Argon2id password hashes and the lockout state.
CREATE TABLE staff (
    id              bigserial PRIMARY KEY,
    username        text NOT NULL UNIQUE,
    display_name    text NOT NULL,
    password_hash   text NOT NULL,
    enabled         boolean NOT NULL DEFAULT true,
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL
);

CREATE TABLE staff_roles (
    staff_id bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role     text NOT NULL CHECK (role IN ('WINDOW', 'BACK_OFFICE', 'RELEASE', 'SUPERVISOR', 'ADMIN')),
    PRIMARY KEY (staff_id, role)
);

-- Only the SHA-256 of a bearer token is kept: a leaked table must not let anyone sign in.
CREATE TABLE sessions (
    id         bigserial PRIMARY KEY,
    token_hash text NOT NULL UNIQUE,
    staff_id   bigint NOT NULL REFERENCES staff (id),
    counter_id bigint REFERENCES counters (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);

-- Service items (政务服务事项); codes per RULES.md §4.4, columns wide enough for provincial variants.
CREATE TABLE service_items (
    id                     bigserial PRIMARY KEY,
    implementation_code    varchar(50) NOT NULL UNIQUE,
    base_code              varchar(24) NOT NULL,
    name                   text NOT NULL,
    department             text NOT NULL,
    department_credit_code varchar(18) NOT NULL,
    level                  char(1) NOT NULL,
    case_kind              text NOT NULL CHECK (case_kind IN ('IMMEDIATE', 'PROMISED')),
    statutory_value        integer NOT NULL CHECK (statutory_value >= 0),
    statutory_unit         text NOT NULL CHECK (statutory_unit IN ('WORKING_DAYS', 'NATURAL_DAYS', 'HOURS')),
    promised_value         integer NOT NULL CHECK (promised_value >= 0),
    promised_unit          text NOT NULL CHECK (promised_unit IN ('WORKING_DAYS', 'NATURAL_DAYS', 'HOURS')),
    in_force               boolean NOT NULL DEFAULT true,
    CHECK (statutory_unit <> promised_unit OR promised_value <= statutory_value)
);

-- Applicants (申请人), one row per ID number; 15-digit numbers arrive here already upgraded to 18.
CREATE TABLE persons (
    id         bigserial PRIMARY KEY,
    id_number  varchar(18) NOT NULL UNIQUE,
    name       text NOT NULL,
    phone      text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

-- One counter row per item and hall day, bumped with an upsert so two counters never share a number.
CREATE TABLE case_sequences (
    item_id    bigint NOT NULL REFERENCES service_items (id),
    day        date NOT NULL,
    last_value integer NOT NULL,
    PRIMARY KEY (item_id, day)
);

-- Cases (办件); the applicant's name is kept as given for this case, byte-exact.
CREATE TABLE cases (
    id             bigserial PRIMARY KEY,
    case_no        varchar(60) NOT NULL UNIQUE,
    item_id        bigint NOT NULL REFERENCES service_items (id),
    person_id      bigint NOT NULL REFERENCES persons (id),
    applicant_name text NOT NULL,
    phone          text,
    remarks        text,
    counter_id     bigint NOT NULL REFERENCES counters (id),
    staff_id       bigint NOT NULL REFERENCES staff (id),
    received_at    timestamptz NOT NULL
);

-- Client-generated submission keys; only a hash of the content is kept to detect reuse.
CREATE TABLE idempotency_keys (
    key          varchar(100) PRIMARY KEY,
    request_hash text NOT NULL,
    case_id      bigint REFERENCES cases (id),
    created_at   timestamptz NOT NULL
);

-- Who did what to whom; the subject is a case number or person row id, never a raw ID number.
CREATE TABLE audit_log (
    id       bigserial PRIMARY KEY,
    at       timestamptz NOT NULL,
    staff_id bigint REFERENCES staff (id),
    action   text NOT NULL,
    subject  text,
    detail   text
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
