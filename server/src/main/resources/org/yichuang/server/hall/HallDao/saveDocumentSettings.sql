-- The 大厅设置 page's save (issue 10), after core's HallSettingsRules passed.
UPDATE halls
SET reconsideration_body = :reconsiderationBody, court = :court, deferral_failure_policy = :deferralFailurePolicy,
    risky_items_may_defer = :riskyItemsMayDefer, document_number_pattern = :documentNumberPattern,
    document_abbreviation = :documentAbbreviation, consulting_phone = :consultingPhone,
    supervision_phone = :supervisionPhone
WHERE id = :hallId
