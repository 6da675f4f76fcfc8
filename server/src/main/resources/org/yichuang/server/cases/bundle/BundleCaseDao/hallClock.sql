-- What the bundle plan's clock needs from the counter's hall (DeadlineCalculator's ClockSettings)
SELECT h.cutoff_time AS cutoff, h.office_hours
FROM counters c JOIN halls h ON h.id = c.hall_id
WHERE c.id = :counterId
