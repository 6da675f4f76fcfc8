INSERT INTO calendar_days (version, day, kind, holiday, counts_as_statutory)
VALUES (:version, :day, :kind, :holiday, :countsAsStatutory)
