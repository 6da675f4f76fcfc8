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
        if (promised.unit() == LimitUnit.MONTHS || statutory.unit() == LimitUnit.MONTHS) {
            return months(promised, statutory);
        }
        if (promised.unit() == LimitUnit.HOURS) {
            // an hour limit runs over office hours, so a day holds HOURS_PER_WORKING_DAY of them
            return Optional.of(promised.value() <= statutory.value() * ServiceItemRules.HOURS_PER_WORKING_DAY);
        }
        return Optional.empty();
    }

    /**
     * A month has 28 to 31 days, so months compare with natural days only when every month length gives the same
     * answer; with working days or hours they depend on the calendar.
     */
    private static Optional<Boolean> months(TimeLimit promised, TimeLimit statutory) {
        long p = promised.value();
        long s = statutory.value();
        if (promised.unit() == LimitUnit.NATURAL_DAYS && statutory.unit() == LimitUnit.MONTHS) {
            return p <= 28 * s ? Optional.of(true) : p > 31 * s ? Optional.of(false) : Optional.empty();
        }
        if (promised.unit() == LimitUnit.MONTHS && statutory.unit() == LimitUnit.NATURAL_DAYS) {
            return 31 * p <= s ? Optional.of(true) : 28 * p > s ? Optional.of(false) : Optional.empty();
        }
        return Optional.empty();
    }
}
