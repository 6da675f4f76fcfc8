SELECT count(*) FROM halls
