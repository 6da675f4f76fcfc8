-- Issue 10 item 1: applicants of every kind (RULES.md §3.2). A natural person is identified by a document of any of
-- core's DocumentType (居民身份证, 通行证, 居住证, 永居证, 护照), an organisation (法人 / 其他组织) by its 统一社会信用代码
-- with its 法定代表人 or 负责人; a case may be applied for by an agent (代理人), whose identity the case keeps.

-- id_number keeps its name (the receipt view and the case lists read it) but now holds the identifier of any kind:
-- the document number in core's stored form (passports run to 20 characters) or the credit code; id_type says which.
-- The view that reads the column is dropped and recreated unchanged around the type change (varchar(18) -> (20) is
-- binary compatible: no table rewrite, no index rebuild).
DROP VIEW case_receipts;

ALTER TABLE persons
    ALTER COLUMN id_number TYPE varchar(20),
    ADD COLUMN kind text NOT NULL DEFAULT 'NATURAL_PERSON'
        CHECK (kind IN ('NATURAL_PERSON', 'LEGAL_PERSON', 'OTHER_ORGANISATION')),
    -- a DocumentType name for natural persons, CREDIT_CODE for organisations; every row before issue 10 is a 居民身份证
    ADD COLUMN id_type text NOT NULL DEFAULT 'RESIDENT_ID'
        CHECK (id_type IN ('RESIDENT_ID', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'HMT_RESIDENCE_PERMIT',
                           'FOREIGN_PERMANENT_RESIDENCE', 'PASSPORT', 'CREDIT_CODE')),
    -- 法定代表人 (法人) or 负责人 (其他组织), as first given
    ADD COLUMN legal_representative text,
    ADD CONSTRAINT persons_kind_matches_id CHECK ((kind = 'NATURAL_PERSON') = (id_type <> 'CREDIT_CODE')
        AND (kind = 'NATURAL_PERSON') = (legal_representative IS NULL));

-- the same number may belong to documents of two types (an 8-digit 台胞证 and a passport); the pair is the identity
ALTER TABLE persons DROP CONSTRAINT persons_id_number_key;
ALTER TABLE persons ADD CONSTRAINT persons_identity UNIQUE (id_number, id_type);

-- what the case was applied with: the representative as given for this case, and the agent if any (the 授权委托书 is
-- then a required material of its checklist, IntakeRules.checklist)
ALTER TABLE cases
    ADD COLUMN legal_representative text,
    ADD COLUMN agent_name text,
    ADD COLUMN agent_document_type text
        CHECK (agent_document_type IN ('RESIDENT_ID', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'HMT_RESIDENCE_PERMIT',
                                       'FOREIGN_PERMANENT_RESIDENCE', 'PASSPORT')),
    ADD COLUMN agent_document_number varchar(20),
    ADD COLUMN agent_phone text,
    ADD CONSTRAINT cases_agent_complete CHECK ((agent_name IS NULL) = (agent_document_type IS NULL)
        AND (agent_name IS NULL) = (agent_document_number IS NULL) AND (agent_name IS NULL) = (agent_phone IS NULL));

CREATE VIEW case_receipts AS
SELECT k.id, k.case_no, i.implementation_code AS item_code,
       COALESCE(v.item->>'name', i.name) AS item_name,
       COALESCE(v.item->>'department', i.department) AS department,
       COALESCE(v.item->>'caseKind', i.case_kind) AS case_kind,
       COALESCE((v.item->'promisedLimit'->>'value')::int, i.promised_value) AS promised_value,
       COALESCE(v.item->'promisedLimit'->>'unit', i.promised_unit) AS promised_unit,
       k.applicant_name, p.id_number, k.received_at,
       c.number AS counter_no, c.name AS counter_name, h.name AS hall_name, s.display_name AS staff_name
FROM cases k
JOIN service_items i ON i.id = k.item_id
LEFT JOIN service_item_versions v ON v.id = k.item_version_id
JOIN persons p ON p.id = k.person_id
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
JOIN staff s ON s.id = k.staff_id;
