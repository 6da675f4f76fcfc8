package org.yichuang.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.calendar.ClockStop;
import org.yichuang.core.calendar.Deadline;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.catalog.TimeLimit;

/**
 * FIGURE due-dates (issue 9): due dates of 20-working-day limits per second on one core, with and without a
 * suspension, from precomputed inputs with random starts over 2024–2026; and a baseline that only adds N to an int
 * read the same way, so the figure can be given as a ratio to the cheapest possible loop body.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class DueDateBench {
    /** About one input per start day of the range (a power of two: the index wraps with a mask). */
    private static final int INPUTS = 1024;
    private static final int LIMIT = 20;

    private DeadlineCalculator calculator;
    private DeadlineInput[] plain;
    private DeadlineInput[] suspended;
    private int[] numbers;
    private int next;

    /** Precomputes the calendar and the inputs, so only the computation itself is measured. */
    @Setup
    public void setUp() {
        calculator = new DeadlineCalculator(ShippedCalendar.calendar(), ClockSettings.standard());
        Random random = new Random(20250926L);
        LocalDate first = LocalDate.of(2024, 1, 1);
        int days = (int) (LocalDate.of(2026, 11, 30).toEpochDay() - first.toEpochDay());
        plain = new DeadlineInput[INPUTS];
        suspended = new DeadlineInput[INPUTS];
        numbers = new int[INPUTS];
        TimeLimit limit = TimeLimit.workingDays(LIMIT);
        for (int i = 0; i < INPUTS; i++) {
            LocalDateTime start = first.plusDays(random.nextInt(days)).atTime(9 + random.nextInt(8), 0);
            plain[i] = DeadlineInput.of(start, limit);
            LocalDate stopStart = start.toLocalDate().plusDays(1 + random.nextInt(14));
            ClockStop stop = new ClockStop("检验", stopStart, stopStart.plusDays(1 + random.nextInt(15)), "送检");
            suspended[i] = new DeadlineInput(start, limit, List.of(stop), List.of(), null);
            numbers[i] = random.nextInt(1_000_000);
        }
    }

    /** A 20-working-day due date without a suspension. */
    @Benchmark
    public Deadline dueDate20WorkingDays() {
        next = (next + 1) & (INPUTS - 1);
        return calculator.compute(plain[next]);
    }

    /** A 20-working-day due date with one ended suspension (检验). */
    @Benchmark
    public Deadline dueDate20WorkingDaysWithSuspension() {
        next = (next + 1) & (INPUTS - 1);
        return calculator.compute(suspended[next]);
    }

    /** The baseline: reads an int the same way and adds N to it. */
    @Benchmark
    public int baselineAddN() {
        next = (next + 1) & (INPUTS - 1);
        return numbers[next] + LIMIT;
    }
}
