package org.yichuang.core.calendar;

/**
 * An extension (延长期限, 行政许可法 Art. 42): working days added to the limit, with the reason told to the applicant.
 *
 * @param workingDays working days added (&gt; 0)
 * @param reason      why
 */
public record ClockExtension(int workingDays, String reason) {
    /** Validates the parts. */
    public ClockExtension {
        if (workingDays <= 0) {
            throw new IllegalArgumentException("an extension adds at least one working day");
        }
        reason = reason == null ? "" : reason;
    }
}
