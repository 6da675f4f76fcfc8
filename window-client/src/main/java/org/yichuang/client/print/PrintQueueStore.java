package org.yichuang.client.print;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.yichuang.core.notice.Paper;

/**
 * The print queue on disk (打印队列), one {@code <id>.job} (properties, UTF-8) and one {@code <id>.pdf} per job, in the
 * client's data directory. Every write goes to a temporary file first and is moved into place, so a client killed
 * mid-write leaves either the old or the new job, never half of one.
 *
 * <p>Why files and not java.util.prefs: a queued notice is tens of kilobytes, more than a preference value may hold,
 * and the clerk (or support) can see and copy the PDFs when a printer stays broken.
 */
public final class PrintQueueStore {
    private static final String JOB = ".job";
    private static final String PDF = ".pdf";

    private final Path dir;

    /** Keeps the queue in {@code dir}, created when missing. */
    public PrintQueueStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the print queue directory " + dir, e);
        }
    }

    /**
     * Returns the production directory: {@code %LOCALAPPDATA%\Yichuang\print-queue} on Windows,
     * {@code $XDG_DATA_HOME/yichuang/print-queue} (default {@code ~/.local/share}) elsewhere; {@code override} (the
     * system property {@code yichuang.dataDir}: tests, several clients on one PC) replaces the data directory.
     */
    public static Path defaultDirectory(String override, Map<String, String> env, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override, "print-queue");
        }
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Yichuang").resolve("print-queue");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("yichuang").resolve("print-queue");
    }

    /** Returns the directory (shown in the queue dialog so support can find the PDFs). */
    public Path directory() {
        return dir;
    }

    /** Stores {@code job} and its PDF; the PDF first, so a job file never points at nothing it could not refetch. */
    public synchronized void save(PrintJob job, byte[] pdf) {
        if (pdf != null) {
            writeAtomically(dir.resolve(job.id() + PDF), pdf);
        }
        update(job);
    }

    /** Rewrites the job's record (after an attempt); the PDF stays. */
    public synchronized void update(PrintJob job) {
        Properties p = new Properties();
        p.setProperty("caseNo", job.caseNo());
        p.setProperty("documentId", Long.toString(job.documentId()));
        p.setProperty("title", job.title());
        p.setProperty("paper", job.paper().name());
        p.setProperty("printer", job.printer());
        p.setProperty("copy", Boolean.toString(job.copy()));
        p.setProperty("createdAt", job.createdAt().toString());
        p.setProperty("attempts", Integer.toString(job.attempts()));
        if (job.problem() != null) {
            p.setProperty("problem", job.problem());
        }
        if (job.lastTriedAt() != null) {
            p.setProperty("lastTriedAt", job.lastTriedAt().toString());
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (Writer w = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            p.store(w, "Yichuang print job");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeAtomically(dir.resolve(job.id() + JOB), bytes.toByteArray());
    }

    /** Returns every stored job, oldest first; a damaged record is skipped rather than blocking the others. */
    public synchronized List<PrintJob> jobs() {
        List<PrintJob> jobs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + JOB)) {
            for (Path file : files) {
                read(file).ifPresent(jobs::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jobs.sort(Comparator.comparing(PrintJob::createdAt).thenComparing(PrintJob::id));
        return List.copyOf(jobs);
    }

    /** Returns the job's PDF, or empty when its bytes are gone (deleted, or never stored). */
    public synchronized Optional<byte[]> pdf(String id) {
        Path file = dir.resolve(id + PDF);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();   // unreadable counts as gone: the server has the original
        }
    }

    /** Stores the PDF of an existing job (after fetching it again). */
    public synchronized void putPdf(String id, byte[] pdf) {
        writeAtomically(dir.resolve(id + PDF), pdf);
    }

    /** Removes the job and its PDF; harmless when already gone. */
    public synchronized void remove(String id) {
        try {
            Files.deleteIfExists(dir.resolve(id + JOB));   // the record first: a PDF without one is ignored
            Files.deleteIfExists(dir.resolve(id + PDF));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<PrintJob> read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - JOB.length());
            String tried = p.getProperty("lastTriedAt");
            return Optional.of(new PrintJob(id, p.getProperty("caseNo"), Long.parseLong(p.getProperty("documentId")),
                    p.getProperty("title"), Paper.valueOf(p.getProperty("paper")), p.getProperty("printer"),
                    Boolean.parseBoolean(p.getProperty("copy")), Instant.parse(p.getProperty("createdAt")),
                    Integer.parseInt(p.getProperty("attempts", "0")), p.getProperty("problem"),
                    tried == null ? null : Instant.parse(tried)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void writeAtomically(Path target, byte[] bytes) {
        try {
            Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
