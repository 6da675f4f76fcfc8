DELETE FROM sign_in_failures WHERE last_failure_at < :cutoff
