package org.yichuang.core.catalog;

import java.util.Objects;

/** A statutory or promised limit (法定/承诺办结时限): a value and its unit. */
public record TimeLimit(int value, LimitUnit unit) {
    /** Validates the parts. */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (value < 0) {
            throw new IllegalArgumentException("negative limit");
        }
    }

    /** Returns the limit in working days. */
    public static TimeLimit workingDays(int value) {
        return new TimeLimit(value, LimitUnit.WORKING_DAYS);
    }
}
