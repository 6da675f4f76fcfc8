SELECT k.alert_level, count(*) AS count FROM cases k WHERE <where> GROUP BY k.alert_level
