package org.yichuang.client.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A CUPS print queue of its own for one test (cups-pdf, like scripts/test-printer.sh's), stopped and started with
 * the real {@code cupsdisable}/{@code cupsenable}; {@link #close()} removes it.
 *
 * <p>Under {@code ./yichuang} the JVM is "nobody" in a user namespace, which CUPS refuses for administration;
 * the scheduler sees the real (root) peer, so the commands are retried as {@code -U root}.
 */
public final class TestQueue implements AutoCloseable {
    private static final String PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd";

    private final String name;
    private List<String> user = List.of();

    private TestQueue(String name) {
        this.name = name;
    }

    /** Creates an enabled queue named {@code Yichuang_<prefix>_<random>}; skips (or fails under CI) without CUPS. */
    public static TestQueue create(String prefix) {
        TestQueue queue = new TestQueue("Yichuang_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8));
        String created = queue.admin("lpadmin", "-p", queue.name, "-E", "-v", "cups-pdf:/", "-m", PPD, "-D",
                "一窗测试队列");
        if (created != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true needs a CUPS scheduler that lets the tests add queues: " + created);
            }
            assumeTrue(false, "cannot add a CUPS queue (" + created + "); run scripts/test-printer.sh as root");
        }
        return queue;
    }

    /** Returns the queue's name. */
    public String name() {
        return name;
    }

    /** Stops the queue (cupsdisable), with the administrator's reason when not null. */
    public void stop(String reason) {
        List<String> args = new ArrayList<>(List.of("cupsdisable"));
        if (reason != null) {
            args.addAll(List.of("-r", reason));
        }
        args.add(name);
        check(admin(args.toArray(String[]::new)));
    }

    /** Starts the queue again (cupsenable). */
    public void start() {
        check(admin("cupsenable", name));
    }

    /** Makes the queue refuse new jobs (cupsreject). */
    public void reject(String reason) {
        check(admin("cupsreject", "-r", reason, name));
    }

    @Override
    public void close() {
        admin("lpadmin", "-x", name);
    }

    private static void check(String error) {
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }

    /** Runs a CUPS admin command; returns null on success, else its output. */
    private String admin(String... command) {
        String first = run(command, user);
        if (first == null || !user.isEmpty()) {
            return first;
        }
        String asRoot = run(command, List.of("-U", "root"));
        if (asRoot == null) {
            user = List.of("-U", "root");
        }
        return asRoot == null ? null : first;
    }

    private static String run(String[] command, List<String> user) {
        List<String> args = new ArrayList<>();
        args.add(command[0]);
        args.addAll(user);
        args.addAll(List.of(command).subList(1, command.length));
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", args) + ": timed out";
            }
            // lpadmin warns that drivers are deprecated and still succeeds; only the exit status counts
            return p.exitValue() == 0 ? null : String.join(" ", args) + ": " + out.strip();
        } catch (IOException e) {
            return String.join(" ", args) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
