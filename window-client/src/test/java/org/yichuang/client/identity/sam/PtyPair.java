package org.yichuang.client.identity.sam;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real pseudo-terminal pair from socat (DEVICES.md §2.3) in a temporary directory: {@link #a()} for the reader
 * under test, {@link #b()} for the simulated SAM. Without socat the test is skipped, except with {@code CI=true}
 * where it fails ({@code ./yichuang test} installs socat when root). {@link #close()} kills socat and removes the
 * directory; a shutdown hook kills it too if a test run is cut short.
 */
public final class PtyPair implements AutoCloseable {
    private final Path dir;
    private final Process socat;
    private final Thread hook;

    private PtyPair(Path dir, Process socat) {
        this.dir = dir;
        this.socat = socat;
        this.hook = new Thread(socat::destroyForcibly, "kill-socat");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts socat and waits for both links. */
    public static PtyPair start() throws IOException, InterruptedException {
        String socat = findSocat();
        if (socat == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("socat (Debian package socat) is required with CI=true: the SAM reader is tested over a pty pair");
            }
            assumeTrue(false, "socat is not installed (apt-get install socat); the pty tests are skipped");
        }
        Path dir = Files.createTempDirectory("yichuang-sam-pty");
        Path log = dir.resolve("socat.log");
        Process p = new ProcessBuilder(socat, "-d", "-d", "pty,raw,echo=0,link=" + dir.resolve("A"),
                "pty,raw,echo=0,link=" + dir.resolve("B"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PtyPair pair = new PtyPair(dir, p);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(pair.a()) && Files.exists(pair.b()))) {
            if (!p.isAlive() || System.nanoTime() > end) {
                String out = Files.exists(log) ? Files.readString(log) : "";
                pair.close();
                throw new IllegalStateException("socat did not make the pty pair: " + out);
            }
            Thread.sleep(20);
        }
        return pair;
    }

    /** The reader's end. */
    public Path a() {
        return dir.resolve("A");
    }

    /** The simulated SAM's end. */
    public Path b() {
        return dir.resolve("B");
    }

    /** Kills socat now: both ends vanish, as when a USB reader is unplugged. */
    public void kill() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is all that is lost
        }
    }

    private static String findSocat() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            File f = new File(d, "socat");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        File f = new File("/usr/bin/socat");
        return f.canExecute() ? f.getPath() : null;
    }
}
