package org.yichuang.client.print;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The CUPS test printers of scripts/test-printer.sh, and poppler to read what they printed. */
final class Cups {
    static final String OFFLINE = "Yichuang_Offline";

    private Cups() {
    }

    /** Returns the environment variable; skips the test without it, fails on CI (the environment must be complete). */
    static String env(String name) {
        String value = System.getenv(name);
        boolean present = value != null && !value.isBlank() && Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true needs the CUPS test printers and poppler-utils: eval \"$(scripts/test-printer.sh)\" ("
                    + name + ")");
        }
        assumeTrue(present, "no CUPS test printer; run: eval \"$(scripts/test-printer.sh)\"");
        return value;
    }

    /**
     * Waits until cups-pdf has written the job whose name contains {@code marker} (cups-pdf names the file after the
     * job title) and poppler can read it: then the job is complete.
     */
    static Path awaitOutput(Path outDir, String marker) {
        Path pdf = await("cups-pdf output for " + marker).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250)).until(() -> find(outDir, marker), Optional::isPresent)
                .orElseThrow();
        await("cups-pdf finished writing " + pdf).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> tryRun("pdfinfo", pdf.toString()).contains("Pages:"));
        return pdf;
    }

    static Optional<Path> find(Path outDir, String marker) throws IOException {
        try (Stream<Path> files = Files.list(outDir)) {
            return files.filter(p -> p.getFileName().toString().contains(marker))
                    .filter(p -> p.getFileName().toString().endsWith(".pdf")).findFirst();
        }
    }

    static String text(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    static String info(Path pdf) {
        return run("pdfinfo", pdf.toString());
    }

    static int exit(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String tryRun(String... command) {
        try {
            return run(command);
        } catch (AssertionError e) {
            return "";
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the spool directory is shared; names are unique per run, so a leftover harms nothing
        }
    }
}
