-- The hall configuration the intake rules and the notices read (V13, V15): the 大厅设置 page (issue 10).
SELECT name AS hall_name, reconsideration_body, court, deferral_failure_policy, risky_items_may_defer,
       document_number_pattern, document_abbreviation, consulting_phone, supervision_phone
FROM halls
WHERE id = :hallId
FOR UPDATE
