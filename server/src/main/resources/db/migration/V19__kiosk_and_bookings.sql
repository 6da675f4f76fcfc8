-- Kiosk, phone page and bookings (预约) of the hall queue (issue 12 items 2 and 3; docs/queue.md).

-- The phone page's key to a ticket (/q/<token>): 122 random bits from PostgreSQL's CSPRNG, so nobody follows a
-- stranger's ticket by counting up numbers or ids.
ALTER TABLE tickets ADD COLUMN public_token text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX tickets_public_token ON tickets (public_token);

-- Bookable places per slot of a category (slots are the hours of the category's issuing windows); a category that
-- offers booking and has no row here takes the default of BookingSlots.
CREATE TABLE booking_capacities (
    hall_id       bigint NOT NULL REFERENCES halls (id),
    category_code text NOT NULL,
    slot_capacity integer NOT NULL CHECK (slot_capacity BETWEEN 0 AND 1000),
    updated_at    timestamptz NOT NULL,
    updated_by    bigint REFERENCES staff (id),
    PRIMARY KEY (hall_id, category_code)
);

-- Places taken per slot, bumped with a guarded upsert in the booking's transaction: two applicants racing for the
-- last place cannot both get it.
CREATE TABLE booking_slot_fills (
    hall_id       bigint NOT NULL REFERENCES halls (id),
    category_code text NOT NULL,
    service_day   date NOT NULL,
    starts_at     time NOT NULL,
    booked        integer NOT NULL CHECK (booked >= 0),
    PRIMARY KEY (hall_id, category_code, service_day, starts_at)
);

-- A booking. The document number is never stored: person_key is its HMAC under the hall's queue secret (as on
-- tickets), which is all the one-booking and no-show rules need. Name and phone are what reception checks and calls
-- back with; they are erased once the booking's day is over (the no-show count needs only the key).
CREATE TABLE bookings (
    id            bigserial PRIMARY KEY,
    hall_id       bigint NOT NULL REFERENCES halls (id),
    public_token  text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '') UNIQUE,
    category_code text NOT NULL,
    service_day   date NOT NULL,
    starts_at     time NOT NULL,
    ends_at       time NOT NULL,
    person_key    bytea NOT NULL,
    name          text,
    phone         text,
    status        text NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW')),
    booked_at     timestamptz NOT NULL,
    cancelled_at  timestamptz,
    checked_in_at timestamptz,
    checked_in_by bigint REFERENCES staff (id),
    ticket_id     bigint REFERENCES tickets (id),
    no_show_at    timestamptz
);
-- one booking per person, category and day (a cancelled one frees the day)
CREATE UNIQUE INDEX bookings_one_per_person_day ON bookings (hall_id, category_code, service_day, person_key)
    WHERE status IN ('BOOKED', 'CHECKED_IN');
-- check-in by document number, and the no-show count
CREATE INDEX bookings_person ON bookings (hall_id, person_key, service_day);
-- bookings still holding a name and phone: when their queue day has closed, the open ones become NO_SHOW and every
-- one loses name and phone
CREATE INDEX bookings_named ON bookings (hall_id, service_day) WHERE name IS NOT NULL;
