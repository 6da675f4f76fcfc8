-- Whether the hall lets items of a risk category allow 容缺 (V13); the catalog is the hall's, so any hall saying so.
SELECT coalesce(bool_or(risky_items_may_defer), false) FROM halls
