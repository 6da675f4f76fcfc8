package org.yichuang.core.supervision;

/**
 * A hall's 预警 thresholds (RULES.md §8.5, §10.8): warn when at most {@code warningWorkingDays} working days are left
 * before the promised due date, or when at least {@code warningUsedPercent} percent of the promised limit is used.
 */
public record AlertThresholds(int warningWorkingDays, int warningUsedPercent) {
    /** The defaults of the schema: 2 working days or 80 %. */
    public static final AlertThresholds DEFAULT = new AlertThresholds(2, 80);

    /** Checks the ranges the halls table enforces. */
    public AlertThresholds {
        if (warningWorkingDays < 0) {
            throw new IllegalArgumentException("warningWorkingDays must be >= 0: " + warningWorkingDays);
        }
        if (warningUsedPercent < 1 || warningUsedPercent > 100) {
            throw new IllegalArgumentException("warningUsedPercent must be 1..100: " + warningUsedPercent);
        }
    }
}
