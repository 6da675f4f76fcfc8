package org.yichuang.core.intake;

import java.time.LocalDate;
import java.util.Objects;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.catalog.ServiceItem;

/**
 * What the intake rules judge against: the item version, the dates and the hall.
 *
 * @param receivedOn    收件日 (hall date): the 5-working-day notice period runs from it
 * @param today         the hall's date now
 * @param promisedDueOn 承诺办结日 if the case were accepted today (the server's deadline clock computes it)
 * @param agent         the case is applied for by an agent (代理人): the 授权委托书 becomes a required material
 *                      ({@link IntakeRules#checklist})
 */
public record IntakeContext(ServiceItem item, LocalDate receivedOn, LocalDate today, LocalDate promisedDueOn,
        WorkCalendar calendar, HallIntakeSettings hall, boolean agent) {

    /** A case the applicant applies for in person. */
    public IntakeContext(ServiceItem item, LocalDate receivedOn, LocalDate today, LocalDate promisedDueOn,
            WorkCalendar calendar, HallIntakeSettings hall) {
        this(item, receivedOn, today, promisedDueOn, calendar, hall, false);
    }

    /** Checks the parts. */
    public IntakeContext {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(promisedDueOn, "promisedDueOn");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(hall, "hall");
    }
}
