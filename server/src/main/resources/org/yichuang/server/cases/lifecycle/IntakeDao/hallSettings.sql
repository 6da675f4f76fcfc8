-- The intake configuration of the hall the case was received in (V13).
SELECT h.reconsideration_body AS reconsiderationBody, h.court AS court,
       h.deferral_failure_policy AS deferralFailurePolicy, h.risky_items_may_defer AS riskyItemsMayDefer
FROM cases k
JOIN counters c ON c.id = k.counter_id
JOIN halls h ON h.id = c.hall_id
WHERE k.id = :caseId
