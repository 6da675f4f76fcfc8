SELECT day, kind, holiday, counts_as_statutory FROM calendar_days WHERE version = :version ORDER BY day
