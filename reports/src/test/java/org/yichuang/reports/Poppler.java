package org.yichuang.reports;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm): the same tools a person would check a PDF with. */
public final class Poppler {
    private Poppler() {
    }

    /** Skips the test when poppler-utils is missing, except on CI where the environment must be complete. */
    public static void requireInstalled() {
        boolean present = Files.isExecutable(Path.of("/usr/bin/pdffonts"));
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("poppler-utils (pdffonts, pdftotext, pdfinfo, pdftoppm) must be installed on CI");
        }
        assumeTrue(present, "poppler-utils not installed");
    }

    public static String run(String... command) {
        requireInstalled();
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

    /** Runs the command and returns its output, or "" when it fails (for polling). */
    public static String tryRun(String... command) {
        try {
            return run(command);
        } catch (AssertionError e) {
            return "";
        }
    }

    public static String text(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-");
    }

    /**
     * The text in reading order (no {@code -layout}): a table cell that wraps stays together instead of being
     * interleaved line by line with its neighbours.
     */
    public static String flowText(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    public static List<String> fontRows(Path pdf) {
        List<String> rows = new ArrayList<>(run("pdffonts", pdf.toString()).lines().toList());
        return rows.subList(2, rows.size());   // drop the header and the dashes
    }
}
