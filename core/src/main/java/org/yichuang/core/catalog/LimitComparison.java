package org.yichuang.core.catalog;

import java.util.Optional;

/** Compares a promised limit with a statutory one across units where that is meaningful. */
final class LimitComparison {
    private LimitComparison() {
    }

    /**
     * Returns whether {@code promised} is within {@code statutory}, or empty when the units cannot be compared
     * (working days against natural days depend on the calendar).
     */
    static Optional<Boolean> within(TimeLimit promised, TimeLimit statutory) {
        if (promised.unit() == statutory.unit()) {
            return Optional.of(promised.value() <= statutory.value());
        }
        if (promised.unit() == LimitUnit.HOURS) {
            // an hour limit runs over office hours, so a day holds HOURS_PER_WORKING_DAY of them
            return Optional.of(promised.value() <= statutory.value() * ServiceItemRules.HOURS_PER_WORKING_DAY);
        }
        return Optional.empty();
    }
}
