-- The reconsideration body and court a hall's refusals name (V13, RULES.md §3.3).
UPDATE halls SET reconsideration_body = :reconsiderationBody, court = :court WHERE id = :hallId
