SELECT max(number) FROM calendar_versions
