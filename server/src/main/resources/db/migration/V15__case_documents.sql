-- Issue 10 item 9: the documents (文书) the server issues with a case, numbered per hall, kept as PDF with the data
-- they were rendered from, and the hall configuration the notices print (RULES.md §3.2).

ALTER TABLE halls
    -- 文书编号 pattern (机关简称+性质+〔年份〕+顺序号, RULES.md §3.2 [W16]); tokens {hall} (document_abbreviation, or
    -- the hall's name), {kind} (the kind's short code), {year} (the hall's year of issue), {seq} or {seq:N} (the
    -- number within hall, kind and year, zero-padded to N digits). {kind}, {year} and {seq} are required: the counter
    -- runs per hall, kind and year, so a pattern without them would repeat numbers.
    ADD COLUMN document_number_pattern text NOT NULL DEFAULT '{hall}{kind}〔{year}〕{seq:5}号',
    -- 机关简称 for {hall}; NULL prints the hall's name
    ADD COLUMN document_abbreviation text,
    -- 咨询电话 and 监督投诉电话 every notice prints (受理通知书: 投诉监督电话 is required, RULES.md §3.2 [W14]);
    -- an item's own phones come first
    ADD COLUMN consulting_phone text,
    ADD COLUMN supervision_phone text;

-- A hall's own short code for a kind ({kind}); kinds without a row use the default codes of the server
-- (org.yichuang.server.documents.DocumentCodes).
CREATE TABLE hall_document_codes (
    hall_id bigint NOT NULL REFERENCES halls (id),
    kind    text NOT NULL,
    code    text NOT NULL CHECK (length(code) BETWEEN 1 AND 10),
    PRIMARY KEY (hall_id, kind)
);

-- The last number handed out per hall, kind and year. Gap-free: the row is incremented (and so locked) inside the
-- transaction that issues the document and records the outcome; a rollback undoes the increment, a concurrent issue
-- waits for the commit. Numbers are therefore consecutive in commit order, none is ever given twice or skipped.
CREATE TABLE document_counters (
    hall_id    bigint NOT NULL REFERENCES halls (id),
    kind       text NOT NULL,
    year       integer NOT NULL,
    last_value integer NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (hall_id, kind, year)
);

-- Every document issued with a case. The data it was rendered from is kept as the JSON the renderer read (text, byte
-- for byte), so a 副本 is the same document again, marked as a copy.
CREATE TABLE case_documents (
    id              bigserial PRIMARY KEY,
    case_id         bigint NOT NULL REFERENCES cases (id),
    hall_id         bigint NOT NULL REFERENCES halls (id),
    kind            text NOT NULL,
    document_number text NOT NULL,
    -- the counter value inside the number: the consecutive order is checked on this
    year            integer NOT NULL,
    seq             integer NOT NULL CHECK (seq > 0),
    data            text NOT NULL,
    issued_at       timestamptz NOT NULL,
    -- NULL: issued by the system (the day sweep's notice of a missed supplement)
    issued_by       bigint REFERENCES staff (id),
    copies_printed  integer NOT NULL DEFAULT 0 CHECK (copies_printed >= 0),
    UNIQUE (hall_id, document_number),
    UNIQUE (hall_id, kind, year, seq)
);
-- a kind may be issued more than once per case (a 材料接收凭证 at intake and another for the supplement)
CREATE INDEX case_documents_case ON case_documents (case_id, id);

-- The stored originals, one per paper the kind is printed on.
CREATE TABLE case_document_pdfs (
    document_id bigint NOT NULL REFERENCES case_documents (id),
    paper       text NOT NULL CHECK (paper IN ('A4', 'RECEIPT_80MM')),
    pdf         bytea NOT NULL,
    PRIMARY KEY (document_id, paper)
);
