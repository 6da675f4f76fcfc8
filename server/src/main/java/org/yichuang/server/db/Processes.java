package org.yichuang.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds and stops PostgreSQL processes that a killed server left behind on its own data directory: a postmaster
 * (and its backends) keeps holding the directory and its shared memory, and every restart would fail until someone
 * stopped them by hand. Only processes running our own {@code bin/postgres} with their working directory on this
 * data directory are touched (PostgreSQL changes into its data directory at start).
 */
final class Processes {
    private Processes() {
    }

    /**
     * Stops what runs on {@code pgData} from an earlier life of this server and removes its stale lock file.
     *
     * @return how many processes were stopped
     */
    static int stopLeftovers(Path pgData, PostgresBinaries binaries) {
        Path postgres = realPath(binaries.program("postgres")).orElseThrow();
        Path data = realPath(pgData).orElseThrow();
        List<ProcessHandle> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> realPath(p.resolve("exe")).filter(postgres::equals).isPresent())
                    .filter(p -> realPath(p.resolve("cwd")).filter(data::equals).isPresent())
                    .map(p -> ProcessHandle.of(Long.parseLong(p.getFileName().toString())))
                    .flatMap(Optional::stream)
                    .forEach(found::add);
        } catch (IOException e) {
            throw new IllegalStateException("无法检查残留的 PostgreSQL 进程：" + e.getMessage(), e);
        }
        long postmaster = lockFilePid(pgData);
        // the postmaster first, politely: a fast shutdown ends its backends and leaves a clean directory
        found.stream().filter(h -> h.pid() == postmaster).forEach(h -> {
            signal(h.pid(), "INT");
            awaitExit(h, 10);
        });
        for (ProcessHandle h : found) {
            if (h.isAlive()) {
                h.destroyForcibly();
                awaitExit(h, 5);
            }
        }
        try {
            // PostgreSQL checks the PID in the file itself, but the PID may since belong to another process
            Files.deleteIfExists(pgData.resolve("postmaster.pid"));
        } catch (IOException e) {
            throw new IllegalStateException("无法删除残留的锁文件 " + pgData.resolve("postmaster.pid"), e);
        }
        return found.size();
    }

    private static long lockFilePid(Path pgData) {
        try {
            List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"));
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static void awaitExit(ProcessHandle h, int seconds) {
        try {
            h.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            // still alive: the caller escalates
        }
    }

    private static Optional<Path> realPath(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Sends a signal by name (INT, QUIT, TERM) through kill(1); Java itself can send only TERM and KILL. */
    static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
