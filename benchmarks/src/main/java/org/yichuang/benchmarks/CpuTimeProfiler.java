package org.yichuang.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Throughput per CPU-second of the benchmark's JVM, next to JMH's per wall-clock second. The build machine is shared
 * (two cores, several builds at once), so a wall-clock figure says as much about the neighbours as about the code;
 * operations per CPU-second of the one benchmark thread do not. Use with {@code -prof
 * org.yichuang.benchmarks.CpuTimeProfiler}; after warm-up the JIT and GC threads add little CPU time.
 */
public class CpuTimeProfiler implements InternalProfiler {
    private long cpuStart;
    private long wallStart;

    @Override
    public String getDescription() {
        return "operations per CPU-second of the benchmark JVM";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuStart = processCpuNanos();
        wallStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        double cpu = processCpuNanos() - cpuStart;
        double wall = System.nanoTime() - wallStart;
        // the primary score is operations per second of wall-clock time (Mode.Throughput, OutputTimeUnit SECONDS)
        double operations = result.getPrimaryResult().getScore() * wall / 1e9;
        return List.of(
                new ScalarResult("cpu.ops", operations / (cpu / 1e9), "ops/cpu-s", AggregationPolicy.AVG),
                new ScalarResult("cpu.share", cpu / wall, "cpu/wall", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
