INSERT INTO calendar_versions (number, source, effective_from, recorded_at, recorded_by, published_years)
VALUES (:number, :source, :effectiveFrom, :recordedAt, :recordedBy, :publishedYears)
