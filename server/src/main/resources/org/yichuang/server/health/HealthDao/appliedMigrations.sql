SELECT count(*) FROM flyway_schema_history WHERE success
