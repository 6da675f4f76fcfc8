-- Hall queue (排队叫号, issue 12; docs/queue.md).

-- One hall's settings (core QueueSettings as JSON): read whole, checked whole by QueueSettingsRules, replaced whole.
-- person_key_secret keys the HMAC that stands for a document number on a ticket, so the queue can refuse a second
-- active ticket of one person without storing the number.
CREATE TABLE queue_settings (
    hall_id           bigint PRIMARY KEY REFERENCES halls (id),
    settings          jsonb NOT NULL,
    version           integer NOT NULL,
    person_key_secret bytea NOT NULL,
    updated_at        timestamptz NOT NULL,
    updated_by        bigint REFERENCES staff (id)
);

-- The day's last ticket sequence per category, bumped in the issuing transaction: numbers are unique and a rolled-back
-- issue leaves no gap on the printed tickets.
CREATE TABLE queue_sequences (
    hall_id       bigint NOT NULL REFERENCES halls (id),
    service_day   date NOT NULL,
    category_code text NOT NULL,
    last_sequence integer NOT NULL,
    PRIMARY KEY (hall_id, service_day, category_code)
);

CREATE TABLE tickets (
    id                bigserial PRIMARY KEY,
    hall_id           bigint NOT NULL REFERENCES halls (id),
    service_day       date NOT NULL,
    -- the category that issued the number; category_code is the queue it waits in now (a transfer changes it)
    issued_category   text NOT NULL,
    category_code     text NOT NULL,
    sequence          integer NOT NULL CHECK (sequence > 0),
    number            text NOT NULL,
    status            text NOT NULL
        CHECK (status IN ('WAITING', 'CALLED', 'SERVING', 'HELD', 'MISSED', 'DONE', 'CLOSED')),
    priority_reason   text,
    person_key        bytea,
    issued_at         timestamptz NOT NULL,
    issued_by         bigint REFERENCES staff (id),
    -- the ticket's place in its queue: the issue time, moved to the back by a re-queue after 过号
    queued_at         timestamptz NOT NULL,
    -- a transfer to one counter: only that counter calls it
    target_counter_no integer,
    counter_no        integer,
    call_count        integer NOT NULL DEFAULT 0,
    first_called_at   timestamptz,
    last_called_at    timestamptz,
    called_by         bigint REFERENCES staff (id),
    started_at        timestamptz,
    finished_at       timestamptz,
    held_until        timestamptz,
    closed_reason     text,
    version           integer NOT NULL DEFAULT 1,
    UNIQUE (hall_id, service_day, issued_category, sequence)
);
-- call next: the waiting tickets of one day and category in queue order
CREATE INDEX tickets_waiting ON tickets (hall_id, service_day, category_code, queued_at, id) WHERE status = 'WAITING';
-- one active ticket per person, category and day
CREATE UNIQUE INDEX tickets_one_active_per_person ON tickets (hall_id, service_day, category_code, person_key)
    WHERE person_key IS NOT NULL AND status IN ('WAITING', 'CALLED', 'SERVING', 'HELD');
CREATE INDEX tickets_held ON tickets (held_until) WHERE status = 'HELD';
CREATE INDEX tickets_number ON tickets (hall_id, service_day, number);

-- 暂停服务: a paused counter calls nobody.
CREATE TABLE queue_counter_states (
    hall_id    bigint NOT NULL REFERENCES halls (id),
    counter_no integer NOT NULL,
    paused     boolean NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by bigint REFERENCES staff (id),
    PRIMARY KEY (hall_id, counter_no)
);

-- Every step of every ticket, attributed and timestamped: the daily logs' waiting, service and idle times, and the
-- source of the live stream.
CREATE TABLE queue_events (
    id          bigserial PRIMARY KEY,
    hall_id     bigint NOT NULL REFERENCES halls (id),
    at          timestamptz NOT NULL,
    kind        text NOT NULL,
    ticket_id   bigint REFERENCES tickets (id),
    counter_no  integer,
    staff_id    bigint REFERENCES staff (id),
    payload     jsonb NOT NULL
);
CREATE INDEX queue_events_hall ON queue_events (hall_id, id);
-- the tickets a day left open, for closing them when the next queue day begins
CREATE INDEX tickets_open ON tickets (hall_id, service_day) WHERE status IN ('WAITING', 'CALLED', 'SERVING', 'HELD');
