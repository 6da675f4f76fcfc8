package org.yichuang.core.queue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A hall's queue configuration (叫号设置; RULES.md §8, §10.7): categories, who serves them, priority, 过号, hold and the
 * day boundary. Checked by {@link QueueSettingsRules} before it is stored.
 *
 * @param categories    the categories, in kiosk order
 * @param assignments   which counters serve which categories
 * @param priority      the priority reasons the hall grants
 * @param ordering      how priority tickets are served
 * @param elderly       the age from which the ID number grants 老年人优先
 * @param missed        when a ticket counts as missed (过号)
 * @param holdTime      how long a ticket put on hold (挂起) stays out of the queue before it returns by itself
 * @param dayReset      the time of day numbering restarts; open tickets of the day before are closed then
 * @param booking       the booking rules
 */
public record QueueSettings(List<QueueCategory> categories, List<CounterAssignment> assignments,
        Set<PriorityReason> priority, PriorityOrdering ordering, ElderlyPriority elderly, MissedCallPolicy missed,
        Duration holdTime, LocalTime dayReset, BookingPolicy booking) {
    /** The default hold time. */
    public static final Duration DEFAULT_HOLD = Duration.ofMinutes(10);
    /** The default day boundary: early morning, when no hall is open and no kiosk issues tickets. */
    public static final LocalTime DEFAULT_DAY_RESET = LocalTime.of(3, 0);

    /** Copies the collections. */
    public QueueSettings {
        categories = categories == null ? List.of() : List.copyOf(categories);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        priority = priority == null || priority.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(priority));
    }

    /**
     * The settings of a hall that has configured nothing yet: one 综合受理 category (A) that every counter serves,
     * issuing 08:30–12:00 and 13:00–17:30, no cap and no booking, the national priority reasons served first in the
     * category, and the defaults of each part.
     */
    public static QueueSettings defaults(List<Integer> counterNos) {
        QueueCategory general = new QueueCategory("GENERAL", "综合受理", 'A', List.of(),
                List.of(new IssuingWindow(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        new IssuingWindow(LocalTime.of(13, 0), LocalTime.of(17, 30))),
                null, false, true);
        return new QueueSettings(List.of(general),
                counterNos.stream().map(n -> new CounterAssignment(n, "GENERAL", 1, false)).toList(),
                EnumSet.of(PriorityReason.ELDERLY, PriorityReason.DISABLED, PriorityReason.MILITARY,
                        PriorityReason.BOOKING),
                PriorityOrdering.FIRST_IN_CATEGORY, ElderlyPriority.NATIONAL, MissedCallPolicy.DEFAULT, DEFAULT_HOLD,
                DEFAULT_DAY_RESET, BookingPolicy.DEFAULT);
    }

    /** Returns the category with this code. */
    public Optional<QueueCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Returns the assignments of one counter. */
    public List<CounterAssignment> servedBy(int counterNo) {
        return assignments.stream().filter(a -> a.counterNo() == counterNo).toList();
    }
}
