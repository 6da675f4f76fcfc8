package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.yichuang.core.calendar.ClockExtension;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.calendar.ClockStop;
import org.yichuang.core.calendar.Deadline;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.DeadlineExplanation;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.cases.CaseDeadlines;
import org.yichuang.core.cases.CaseTimestamps;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.catalog.TimeLimit;

/**
 * A case's clocks over one calendar version and its hall's settings: the inputs of the statutory (法定) and promised
 * (承诺) due dates, from acceptance, with clock stops and extensions. The counting itself is core's
 * {@link DeadlineCalculator}.
 *
 * <p>An extension (Art. 42) moves the statutory due date only ({@link CaseDeadlines}).
 */
final class CaseClocks {
    private final DeadlineCalculator calculator;
    private final ZoneId zone;

    CaseClocks(WorkCalendar calendar, ClockSettings settings, ZoneId zone) {
        this.calculator = new DeadlineCalculator(calendar, settings);
        this.zone = zone;
    }

    /** The two due dates of a case. */
    record Dues(Deadline legal, Deadline promised) {
    }

    int calendarVersion() {
        return calculator.calendar().version().number();
    }

    WorkCalendar calendar() {
        return calculator.calendar();
    }

    Dues dues(Instant acceptedAt, ItemClock item, List<SuspensionRow> stops, List<ExtensionRow> extensions,
            LocalDate today) {
        return new Dues(calculator.compute(legalInput(acceptedAt, item, stops, extensions, today)),
                calculator.compute(promisedInput(acceptedAt, item, stops, today)));
    }

    DeadlineInput legalInput(Instant acceptedAt, ItemClock item, List<SuspensionRow> stops,
            List<ExtensionRow> extensions, LocalDate today) {
        return CaseDeadlines.legal(local(acceptedAt), item.statutory(), clockStops(stops),
                extensions.stream().map(e -> new ClockExtension(e.workingDays(), e.reason())).toList(), today);
    }

    DeadlineInput promisedInput(Instant acceptedAt, ItemClock item, List<SuspensionRow> stops, LocalDate today) {
        return CaseDeadlines.promised(local(acceptedAt), item.promised(), clockStops(stops), today);
    }

    DeadlineExplanation explain(DeadlineInput input) {
        return calculator.explain(input);
    }

    /** The end of the notice period for a case received on {@code receivedOn}. */
    Deadline noticeDue(LocalDate receivedOn) {
        return calculator.compute(DeadlineInput.of(receivedOn, CaseTimestamps.NOTICE_PERIOD));
    }

    /** The end of a step (环节) of {@code workingDays} started at {@code start}. */
    Instant stepDue(Instant start, int workingDays) {
        return instant(calculator.compute(DeadlineInput.of(local(start), TimeLimit.workingDays(workingDays))));
    }

    /** When a due day ends (cut-off or 24:00), as an instant. */
    Instant endOf(LocalDate day) {
        return calculator.endOf(day).atZone(zone).toInstant();
    }

    Instant instant(Deadline deadline) {
        return deadline.dueAt().atZone(zone).toInstant();
    }

    int remainingWorkingDays(LocalDate today, LocalDate due) {
        return calculator.calendar().workingDaysBetween(today, due);
    }

    LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone);
    }

    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private static List<ClockStop> clockStops(List<SuspensionRow> stops) {
        return stops.stream().map(s -> new ClockStop(label(s.kind()), s.startedOn(), s.endedOn(), s.reason()))
                .toList();
    }

    private static String label(String kind) {
        try {
            return CatalogLabels.procedure(SpecialProcedureKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }
}
