-- issue 12: a case knows the queue ticket (排队号) it was received for, and so its waiting time (issued → first
-- called). Nullable: cases without a queue, and every case before it.
ALTER TABLE cases ADD COLUMN ticket_id bigint REFERENCES tickets (id);
-- the cases of a ticket (a ticket may bring several items); partial: most halls' old cases have none
CREATE INDEX cases_ticket ON cases (ticket_id) WHERE ticket_id IS NOT NULL;
