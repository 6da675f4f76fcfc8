-- keyset by id: a sweep reads open cases in chunks without holding anything
SELECT * FROM case_alert_facts
WHERE id > :afterId AND (state = ANY (:states) OR alert_level <> 'NONE')
ORDER BY id
LIMIT :limit
