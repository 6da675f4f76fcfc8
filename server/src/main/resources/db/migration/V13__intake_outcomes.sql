-- Issue 10 items 4-6: intake outcomes decided by core's IntakeRules, the materials checklist (GB/T 39046 表5) and
-- supplements, stored with the case; hall configuration the rules read (RULES.md §2.3, §3.3, §10.2).

ALTER TABLE halls
    -- 行政复议机关 and 人民法院 named by every refusal's remedies (复议法 Art. 20, 行诉法 Art. 46); a hall without them
    -- cannot issue a refusal (INTAKE_REMEDIES_NOT_CONFIGURED)
    ADD COLUMN reconsideration_body text,
    ADD COLUMN court text,
    -- what a missed 容缺 supplement leads to: 视为撤回 (安阳 24, the default), 撤销受理 (浙江 11), 终止 (西安)
    ADD COLUMN deferral_failure_policy text NOT NULL DEFAULT 'WITHDRAWN'
        CHECK (deferral_failure_policy IN ('WITHDRAWN', 'ACCEPTANCE_REVOKED', 'TERMINATED')),
    -- whether items of a risk category (公共安全、生态环境、人身健康、生命财产安全) may still allow 容缺
    ADD COLUMN risky_items_may_defer boolean NOT NULL DEFAULT false;

-- The outcome the counter decided on receipt, with what its notice states. One per case: intake happens once.
CREATE TABLE case_intakes (
    case_id               bigint PRIMARY KEY REFERENCES cases (id),
    outcome               text NOT NULL CHECK (outcome IN ('ACCEPT', 'ACCEPT_DEFERRED', 'NEEDS_SUPPLEMENT',
                              'CORRECTED_ON_SPOT', 'NOT_REQUIRED', 'NOT_COMPETENT', 'APPROVE_ON_SPOT', 'REFUSE_ON_SPOT',
                              'DECIDE_ON_COMMITMENT')),
    commitment_signed     boolean NOT NULL,
    genuine_intent_asked  boolean NOT NULL,
    reason                text,
    legal_basis           text,
    competent_authority   text,
    remedies              text,
    consequence           text,
    correction_note       text,
    supplement_due_on     date,
    notice_service_due_on date,
    post_check_due_on     date,
    -- the seal (印章所属机关) the notices bear: the item's seal owner or its department
    seal_owner            text NOT NULL,
    decided_at            timestamptz NOT NULL,
    decided_by            bigint NOT NULL REFERENCES staff (id)
);

-- The materials checklist (GB/T 39046 表5: 名称、是否收取、收取方式、数量、时间), one row per material of the item version.
-- A supplement updates the rows of the materials that came in later.
CREATE TABLE case_materials (
    case_id           bigint NOT NULL REFERENCES cases (id),
    position          integer NOT NULL CHECK (position >= 0),
    name              text NOT NULL,
    status            text NOT NULL CHECK (status IN ('RECEIVED', 'MISSING', 'DEFECTIVE', 'NOT_APPLICABLE')),
    channel           text CHECK (channel IN ('PAPER', 'SHARED_DATA', 'ELECTRONIC')),
    original_verified boolean NOT NULL DEFAULT false,
    originals         integer NOT NULL DEFAULT 0 CHECK (originals >= 0),
    copies            integer NOT NULL DEFAULT 0 CHECK (copies >= 0),
    pages             integer NOT NULL DEFAULT 0 CHECK (pages >= 0),
    problem           text,
    received_at       timestamptz,
    -- true for a material that came in with a supplement (补正/补齐) rather than at intake
    supplemented      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (case_id, position),
    UNIQUE (case_id, name),
    CHECK (status <> 'RECEIVED' OR (channel IS NOT NULL AND received_at IS NOT NULL))
);

-- The day sweep's supplement phase: waiting cases whose supplement period ended.
CREATE INDEX cases_supplement_overdue ON cases (supplement_due_at)
    WHERE state IN ('NEEDS_SUPPLEMENT', 'ACCEPTED_DEFERRED') AND supplement_completed_at IS NULL;
