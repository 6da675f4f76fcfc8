-- Sign-in throttling (登录限流) replaces the lock after five wrong passwords, which let any stranger lock any
-- account (the administrator's included) for good while unknown names never locked, telling which names exist.

ALTER TABLE staff DROP COLUMN failed_attempts, DROP COLUMN locked_until;

-- Failures per submitted user name, whether an account has it or not: the key is the SHA-256 of the lower-cased
-- name, so unknown names are counted exactly like known ones and no typed text (perhaps a password) is stored.
CREATE TABLE sign_in_failures (
    name_hash       text PRIMARY KEY,
    failures        integer NOT NULL CHECK (failures > 0),
    last_failure_at timestamptz NOT NULL
);
CREATE INDEX sign_in_failures_last ON sign_in_failures (last_failure_at);

-- Client addresses a name signed in from: they skip the per-name ceiling, so strangers elsewhere cannot keep the
-- clerk out of their own counter. Only a right password adds a row.
CREATE TABLE sign_in_trusted_addresses (
    name_hash       text NOT NULL,
    address         text NOT NULL,
    last_success_at timestamptz NOT NULL,
    PRIMARY KEY (name_hash, address)
);

-- The audit API pages by id and filters by action and staff: a flood of SIGN_IN_FAILED rows must not hide the rest.
CREATE INDEX audit_log_action_id ON audit_log (action, id);
CREATE INDEX audit_log_staff_id ON audit_log (staff_id, id);
