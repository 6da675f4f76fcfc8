package org.yichuang.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by the server's JVM and by the whole PostgreSQL cluster (the postmaster, its live
 * children, and the children it has reaped), from /proc: comparable between runs on a machine that other work
 * shares, where wall-clock rates are not.
 */
record CpuMeter(long serverPid, long postmasterPid) {
    private static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

    /** @param jitGcMs the part of serverMs spent by the JIT compiler and GC threads (warm-up, not requests) */
    record Reading(double serverMs, double jitGcMs, double postgresMs) {
    }

    /** Returns how many processes the postmaster has now (its backends and helpers). */
    int postgresProcesses() throws IOException {
        int n = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    String[] f = fields(Long.parseLong(name));
                    if (f != null && Long.parseLong(f[1]) == postmasterPid) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    Reading read() throws IOException {
        double pg = ticks(postmasterPid, true);
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    String[] f = fields(Long.parseLong(name));
                    if (f != null && Long.parseLong(f[1]) == postmasterPid) {
                        pg += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            }
        }
        double jitGc = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(serverPid), "task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (comm.contains("CompilerThre") || comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        jitGc += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException e) {
                    // the thread ended while we looked
                }
            }
        }
        return new Reading(ticks(serverPid, false) * TICK_MS, jitGc * TICK_MS, pg * TICK_MS);
    }

    private static double ticks(long pid, boolean withReapedChildren) {
        String[] f = fields(pid);
        if (f == null) {
            throw new IllegalStateException("process " + pid + " is gone");
        }
        double t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withReapedChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime. */
    private static String[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException e) {
            return null;
        }
    }
}
