package org.yichuang.server.queue.figures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.yichuang.core.api.queue.QueueFigures;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.Percentiles;

/**
 * One queue day's figures from its events, replayed in time order (排队日统计的计算). The replay keeps, between two
 * events, each ticket's state (waiting in which queue, for which counter; called or served where) and each counter's
 * (open, paused, its current ticket, the clerk who acted there last); idle time with a queue is the time between
 * events during which a counter's state and the waiting tickets it may call say so. The rule of who may call a
 * waiting ticket is the call-next statement's: a category the counter serves, no transfer to another counter, and with
 * dedicated priority counters a priority ticket only for one of them.
 */
final class DayFigures {
    private final ZoneId zone;
    private final Map<Integer, List<CounterAssignment>> served;
    private final boolean dedicated;

    private final Figure total = new Figure();
    private final Map<Integer, Figure> counters = new TreeMap<>();
    private final Map<Long, Figure> staff = new TreeMap<>();
    private final Map<String, Figure> categories = new TreeMap<>();
    private final Map<LocalDateTime, Figure> hours = new TreeMap<>();

    private final Map<Long, Ticket> tickets = new HashMap<>();
    private final Map<Integer, Counter> counterStates = new TreeMap<>();
    /** How many tickets wait in each (queue, target counter, priority): few keys, so eligibility is cheap to test. */
    private final Map<Waiting, Integer> waiting = new HashMap<>();

    /**
     * @param served    each counter's assignments (the hall's settings)
     * @param dedicated whether priority tickets wait for dedicated priority counters
     */
    DayFigures(ZoneId zone, Map<Integer, List<CounterAssignment>> served, boolean dedicated) {
        this.zone = zone;
        this.served = served;
        this.dedicated = dedicated;
    }

    /** Replays the day's events, which must come in time order. */
    DayFigures replay(List<QueueEventRow> events) {
        for (QueueEventRow e : events) {
            if (e.counterNo() != null && acts(e)) {
                Counter c = counterStates.computeIfAbsent(e.counterNo(), n -> new Counter());
                c.first = c.first == null ? e.at() : c.first;
                c.last = e.at();
            }
        }
        Instant previous = null;
        for (QueueEventRow e : events) {
            if (previous != null && e.at().isAfter(previous)) {
                idleBetween(previous, e.at());
            }
            previous = e.at();
            apply(e);
        }
        return this;
    }

    /** Whether the event is the counter's own action (a hold ending by itself is not: it names the counter it returns to). */
    private static boolean acts(QueueEventRow e) {
        return !e.kind().equals("HOLD_ENDED");
    }

    private void apply(QueueEventRow e) {
        if (e.counterNo() != null && acts(e)) {
            counterStates.get(e.counterNo()).staff = e.staffId();
        }
        Ticket t = e.ticketId() == null ? null : tickets.computeIfAbsent(e.ticketId(), id -> new Ticket(e));
        switch (e.kind()) {
            case "ISSUED" -> t.queueIn(e.category(), null);
            case "CALLED" -> {
                t.stopWaiting();
                if (!t.called) {
                    t.called = true;
                    long ms = Duration.between(t.issuedAt, e.at()).toMillis();
                    add(e.counterNo(), e.staffId(), e.category(), hour(t.issuedAt), f -> f.waited(ms));
                }
                t.counter = e.counterNo();
                t.lastCall = e.at();
                t.spellStart = null;
                counterStates.get(e.counterNo()).current = t.id;
            }
            case "RECALLED" -> t.lastCall = e.at();
            case "STARTED" -> t.startSpell(e, e.at());
            case "FINISHED" -> {
                if (t.spellStart == null) {
                    // finished straight after the call: the service began with the call (finish.sql says the same)
                    t.startSpell(e, t.lastCall);
                }
                endSpell(t, e.at());
                leave(t);
            }
            case "HELD" -> {
                endSpell(t, e.at());
                leave(t);
            }
            case "TRANSFERRED" -> {
                endSpell(t, e.at());
                leave(t);
                t.queueIn(e.category(), e.targetCounterNo());
            }
            case "HOLD_ENDED" -> t.queueIn(e.category(), e.targetCounterNo() != null ? e.targetCounterNo() : e.counterNo());
            case "MISSED" -> {
                t.spellStart = null;
                leave(t);
            }
            case "CLOSED" -> {
                // closed at the day's end: an unfinished service is no service time
                t.stopWaiting();
                t.spellStart = null;
                leave(t);
            }
            case "COUNTER_PAUSED" -> counterStates.get(e.counterNo()).paused = true;
            case "COUNTER_RESUMED" -> counterStates.get(e.counterNo()).paused = false;
            default -> {
                // a kind the figures do not need (e.g. a later issue's)
            }
        }
    }

    /** The ticket no longer occupies its counter. */
    private void leave(Ticket t) {
        if (t.counter != null) {
            Counter c = counterStates.get(t.counter);
            if (c != null && Long.valueOf(t.id).equals(c.current)) {
                c.current = null;
            }
        }
        t.counter = null;
    }

    private void endSpell(Ticket t, Instant end) {
        if (t.spellStart == null) {
            return;
        }
        long ms = Duration.between(t.spellStart, end).toMillis();
        add(t.spellCounter, t.spellStaff, t.spellCategory, hour(t.spellStart), f -> f.servedFor(ms));
        t.spellStart = null;
    }

    /** Adds the idle time with a queue of every counter between two consecutive event times, split at each hour. */
    private void idleBetween(Instant from, Instant to) {
        if (waiting.isEmpty()) {
            return;
        }
        for (Map.Entry<Integer, Counter> entry : counterStates.entrySet()) {
            Counter c = entry.getValue();
            if (c.paused || c.current != null || c.first.isAfter(from) || c.last.isBefore(to)) {
                continue;
            }
            Set<String> queues = callable(entry.getKey());
            if (queues.isEmpty()) {
                continue;
            }
            Instant start = from;
            while (start.isBefore(to)) {
                ZonedDateTime hourStart = start.atZone(zone).truncatedTo(ChronoUnit.HOURS);
                Instant next = hourStart.plusHours(1).toInstant();
                Instant end = next.isBefore(to) ? next : to;
                long ms = Duration.between(start, end).toMillis();
                Figure.of(counters, entry.getKey()).idleMs += ms;
                if (c.staff != null) {
                    Figure.of(staff, c.staff).idleMs += ms;
                }
                queues.forEach(q -> Figure.of(categories, q).idleMs += ms);
                Figure.of(hours, hourStart.toLocalDateTime()).idleMs += ms;
                total.idleMs += ms;
                start = end;
            }
        }
    }

    /** The categories in which a ticket waits that this counter may call now. */
    private Set<String> callable(int counterNo) {
        Set<String> out = new LinkedHashSet<>();
        for (CounterAssignment a : served.getOrDefault(counterNo, List.of())) {
            String category = a.categoryCode();
            // any counter of the category, then those sent to this counter; priority ones where it may call them
            if (count(category, null, false) > 0 || count(category, counterNo, false) > 0
                    || ((!dedicated || a.priorityCounter())
                        && (count(category, null, true) > 0 || count(category, counterNo, true) > 0))) {
                out.add(category);
            }
        }
        return out;
    }

    private int count(String category, Integer target, boolean priority) {
        return waiting.getOrDefault(new Waiting(category, target, priority), 0);
    }

    private void add(Integer counterNo, Long staffId, String category, LocalDateTime hour, java.util.function.Consumer<Figure> f) {
        f.accept(total);
        if (counterNo != null) {
            f.accept(Figure.of(counters, counterNo));
        }
        if (staffId != null) {
            f.accept(Figure.of(staff, staffId));
        }
        if (category != null) {
            f.accept(Figure.of(categories, category));
        }
        f.accept(Figure.of(hours, hour));
    }

    private LocalDateTime hour(Instant at) {
        return at.atZone(zone).truncatedTo(ChronoUnit.HOURS).toLocalDateTime();
    }

    /** The figures, labelled by the given names. */
    QueueFigures result(java.time.LocalDate day, Function<Integer, String> counterName, Function<Long, String> staffName,
            Function<String, String> categoryName) {
        List<QueueFigures.Row> byCounter = new ArrayList<>();
        counters.forEach((k, f) -> byCounter.add(f.row(String.valueOf(k), counterName.apply(k))));
        List<QueueFigures.Row> byStaff = new ArrayList<>();
        staff.forEach((k, f) -> byStaff.add(f.row(String.valueOf(k), staffName.apply(k))));
        List<QueueFigures.Row> byCategory = new ArrayList<>();
        categories.forEach((k, f) -> byCategory.add(f.row(k, categoryName.apply(k))));
        List<QueueFigures.Row> byHour = new ArrayList<>();
        hours.forEach((k, f) -> byHour.add(f.row(k.toString(), String.format("%02d:00–%02d:00", k.getHour(),
                (k.getHour() + 1) % 24))));
        return new QueueFigures(day, total.row("total", "全天"), byCounter, byStaff, byCategory, byHour);
    }

    /** All the events of one ticket need: its queue, its counter and its current service spell. */
    private final class Ticket {
        final long id;
        final Instant issuedAt;
        final boolean priority;
        Waiting waitingIn;
        boolean called;
        Integer counter;
        Instant lastCall;
        Instant spellStart;
        Integer spellCounter;
        Long spellStaff;
        String spellCategory;

        Ticket(QueueEventRow first) {
            this.id = first.ticketId();
            this.issuedAt = first.issuedAt() != null ? first.issuedAt() : first.at();
            this.priority = first.priority();
        }

        void queueIn(String category, Integer target) {
            stopWaiting();
            waitingIn = new Waiting(category, target, priority);
            waiting.merge(waitingIn, 1, Integer::sum);
        }

        void stopWaiting() {
            if (waitingIn != null) {
                // drop empty keys, so that an empty hall skips the idle test at once
                waiting.computeIfPresent(waitingIn, (k, n) -> n == 1 ? null : n - 1);
                waitingIn = null;
            }
        }

        void startSpell(QueueEventRow e, Instant start) {
            spellStart = start;
            spellCounter = e.counterNo();
            spellStaff = e.staffId();
            spellCategory = e.category();
        }
    }

    private static final class Counter {
        Instant first;
        Instant last;
        boolean paused;
        Long current;
        Long staff;
    }

    private record Waiting(String category, Integer target, boolean priority) {
    }

    /** One group's running sums. */
    private static final class Figure {
        int called;
        /** Every wait, for the percentile; a day's tickets per group are few enough to keep. */
        long[] waits = new long[8];
        long waitingMs;
        long maxWaitingMs;
        int served;
        long serviceMs;
        long maxServiceMs;
        long idleMs;

        static <K> Figure of(Map<K, Figure> map, K key) {
            return map.computeIfAbsent(key, k -> new Figure());
        }

        void waited(long ms) {
            if (called == waits.length) {
                waits = java.util.Arrays.copyOf(waits, called * 2);
            }
            waits[called] = ms;
            called++;
            waitingMs += ms;
            maxWaitingMs = Math.max(maxWaitingMs, ms);
        }

        void servedFor(long ms) {
            served++;
            serviceMs += ms;
            maxServiceMs = Math.max(maxServiceMs, ms);
        }

        QueueFigures.Row row(String key, String label) {
            return new QueueFigures.Row(key, label, called, waitingMs, maxWaitingMs, served, serviceMs, maxServiceMs,
                    idleMs, Percentiles.nearestRank(java.util.Arrays.copyOf(waits, called), Percentiles.WAITING));
        }
    }
}
