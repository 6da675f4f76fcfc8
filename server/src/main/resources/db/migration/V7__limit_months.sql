-- Issue 9: limits may be counted in months (月, 民法典 Art. 202: the corresponding day of the last month, or its
-- last day). Widens the unit checks of service_items; the constraint names are PostgreSQL's for V1's column checks.
ALTER TABLE service_items
    DROP CONSTRAINT service_items_statutory_unit_check,
    DROP CONSTRAINT service_items_promised_unit_check,
    ADD CONSTRAINT service_items_statutory_unit_check
        CHECK (statutory_unit IN ('WORKING_DAYS', 'NATURAL_DAYS', 'HOURS', 'MONTHS')),
    ADD CONSTRAINT service_items_promised_unit_check
        CHECK (promised_unit IN ('WORKING_DAYS', 'NATURAL_DAYS', 'HOURS', 'MONTHS'));
