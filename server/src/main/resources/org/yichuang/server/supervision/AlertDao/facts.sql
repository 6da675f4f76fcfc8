SELECT * FROM case_alert_facts WHERE id = ANY (:ids) ORDER BY id
