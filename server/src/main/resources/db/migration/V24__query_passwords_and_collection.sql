-- Issue 10 item 8: the 领取方式 chosen at intake, the 查询密码 of the public case status page (GET /s/{caseNo}) and
-- the hall's public address that the notices' QR codes point to.

-- 领取方式 (core CollectionMethod); null on intakes recorded before it existed and on refusals.
ALTER TABLE case_intakes ADD COLUMN collection_method text
    CHECK (collection_method IN ('WINDOW_PICKUP', 'MAIL', 'ONLINE_DOWNLOAD'));

-- The 查询密码 printed on the 受理通知书, kept only as a keyed hash (HMAC-SHA256 under the server's key file,
-- server.cases.status.QueryPasswords explains why not Argon2id). One per case, made when the case is accepted.
CREATE TABLE case_query_passwords (
    case_id   bigint PRIMARY KEY REFERENCES cases (id),
    hash      bytea NOT NULL CHECK (octet_length(hash) = 32),
    issued_at timestamptz NOT NULL
);

-- Where the public reaches this hall's status pages (https://zwfw.example.gov.cn); null: the server's --public-url,
-- else its own address.
ALTER TABLE halls ADD COLUMN public_base_url text CHECK (public_base_url ~ '^https?://[^\s/]+');
