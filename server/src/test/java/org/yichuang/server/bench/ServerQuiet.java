package org.yichuang.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Waits after a warm-up until the server processes use almost no CPU (the JIT compilers have caught up), reading their
 * CPU time from {@code /proc/<pid>/stat}; not a test.
 */
final class ServerQuiet {
    /** Quiet: the servers together used less than this share of one core over one second. */
    private static final double QUIET_SHARE = 0.05;
    private static final int MAX_SECONDS = 60;
    /** USER_HZ: the unit of utime and stime in /proc/<pid>/stat on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private ServerQuiet() {
    }

    /**
     * Waits up to a minute for the processes {@code pids} (space-separated; null or blank: none, returns at once) to be
     * quiet, and prints how long that took.
     */
    static void await(String pids) throws IOException, InterruptedException {
        if (pids == null || pids.isBlank()) {
            return;
        }
        long[] ids = Arrays.stream(pids.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
        long began = System.nanoTime();
        long before = cpuTicks(ids);
        for (int second = 1; second <= MAX_SECONDS; second++) {
            Thread.sleep(1000);   // pacing: the share is measured over each second
            long now = cpuTicks(ids);
            double share = (now - before) / TICKS_PER_SECOND;
            before = now;
            if (share < QUIET_SHARE) {
                System.out.printf("servers quiet after %d s (%.0f %% of a core in the last second)%n", second,
                        share * 100);
                return;
            }
        }
        System.out.printf("servers still busy after %.0f s; measuring anyway%n", (System.nanoTime() - began) / 1e9);
    }

    /** The processes' user + system CPU time in ticks. */
    private static long cpuTicks(long[] pids) throws IOException {
        long sum = 0;
        for (long pid : pids) {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime (fields 14 and 15)
        }
        return sum;
    }
}
