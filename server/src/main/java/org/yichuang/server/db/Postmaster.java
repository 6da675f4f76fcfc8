package org.yichuang.server.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the PostgreSQL server process (postmaster), started directly (not through {@code pg_ctl}, which would
 * detach it) so that it is our child: it listens on 127.0.0.1 only, opens no Unix socket, and when {@code setpriv} is
 * present gets a parent-death signal, so that a {@code kill -9} of the JVM takes it down as well.
 */
final class Postmaster {
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final Process process;

    private Postmaster(Process process) {
        this.process = process;
    }

    /**
     * Starts the server and waits until it accepts connections. Must be called on a thread that outlives the process:
     * the parent-death signal fires when the thread that started it ends.
     *
     * @param settings extra {@code -c} settings (durability, logging)
     */
    static Postmaster start(PostgresBinaries binaries, Path pgData, int port, Map<String, String> settings, Path log,
            Duration timeout) {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(SETPRIV)) {
            // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, write a checkpoint, exit
            cmd.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "INT", "--"));
        }
        cmd.addAll(List.of(binaries.program("postgres").toString(), "-D", pgData.toString(), "-p",
                Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "password_encryption=scram-sha-256", "-c", "logging_collector=off"));
        settings.forEach((k, v) -> cmd.addAll(List.of("-c", k + "=" + v)));
        createPrivate(log);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        environment(pb, binaries);
        try {
            Process process = pb.start();
            Postmaster postmaster = new Postmaster(process);
            postmaster.awaitReady(pgData, log, timeout);
            return postmaster;
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动内置 PostgreSQL：" + e.getMessage(), e);
        }
    }

    private static void createPrivate(Path log) {
        try {
            if (!Files.exists(log)) {
                Files.createFile(log, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建 PostgreSQL 日志文件 " + log, e);
        }
    }

    /** A clean environment: nothing of ours (passwords in variables, PG* overrides) leaks into PostgreSQL. */
    static void environment(ProcessBuilder pb, PostgresBinaries binaries) {
        Map<String, String> env = pb.environment();
        String path = env.getOrDefault("PATH", "/usr/bin:/bin");
        env.clear();
        env.put("PATH", path);
        env.put("LC_ALL", "C");
        env.put("LD_LIBRARY_PATH", binaries.home().resolve("lib").toString());
    }

    private void awaitReady(Path pgData, Path log, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path pidFile = pgData.resolve("postmaster.pid");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("内置 PostgreSQL 启动失败（退出码 " + process.exitValue() + "）："
                        + tail(log));
            }
            if (isReady(pidFile, process.pid())) {
                return;
            }
            sleep(20);
        }
        stop(Duration.ofSeconds(5));
        throw new IllegalStateException("内置 PostgreSQL 在 " + timeout.toSeconds() + " 秒内未就绪：" + tail(log));
    }

    /** The 8th line of postmaster.pid is "ready" once the server accepts connections (PostgreSQL 10 and later). */
    private static boolean isReady(Path pidFile, long pid) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.size() >= 8 && lines.get(0).strip().equals(Long.toString(pid))
                    && lines.get(7).strip().equals("ready");
        } catch (IOException e) {
            return false;
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "（见 " + log + "）";
        }
    }

    /** Returns the postmaster's process id. */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the process ends; returns its exit code. */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Fast shutdown, then immediate shutdown, then SIGKILL, each given part of {@code timeout}. */
    void stop(Duration timeout) {
        Processes.signal(process.pid(), "INT");
        if (waitQuietly(timeout)) {
            return;
        }
        Processes.signal(process.pid(), "QUIT");
        if (waitQuietly(Duration.ofSeconds(2))) {
            return;
        }
        process.destroyForcibly();
        waitQuietly(Duration.ofSeconds(2));
    }

    private boolean waitQuietly(Duration d) {
        try {
            return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("等待内置 PostgreSQL 时被中断", e);
        }
    }
}
