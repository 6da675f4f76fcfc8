package org.yichuang.server.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The server's own temporary directory (私有临时目录), {@code <data dir>/tmp}, mode 700.
 *
 * <p>Why: AWT copies every font it is given as a stream to a temporary file (JasperReports loads the bundled Noto
 * Sans SC and HanaMinB that way, ~40 MB per start) and deletes the copies only in a shutdown hook. A server killed
 * with SIGKILL — a crash, an impatient service manager — left them in the shared {@code /tmp} for good, readable by
 * name to every local user. Under the data directory they are private, and the next start of the server on that
 * directory removes what a killed one left.
 *
 * <p>The JDK reads {@code java.io.tmpdir} once, when the JVM starts: the launcher ({@code ./yichuang server},
 * {@code demo}) passes {@code -Djava.io.tmpdir=<data dir>/tmp}. A server started without it keeps the shared
 * directory and this class leaves that alone.
 *
 * <p>The directory's lock file is held for the life of the JVM: a second server started on the same data directory
 * (it fails anyway, on PostgreSQL's own lock) never removes the font copies of the one that is running.
 */
final class PrivateTempDir {
    static final String LEFTOVER_GLOB = "+~JF*.tmp";

    private PrivateTempDir() {
    }

    /**
     * When this JVM's {@code java.io.tmpdir} is {@code dataDir/tmp}, creates it (mode 700) and removes the font
     * copies a killed server left there. Call before anything creates a temporary file.
     *
     * @return the number of leftover files removed
     */
    static int claim(Path dataDir, String javaIoTmpdir) {
        Path tmp = dataDir.resolve("tmp").toAbsolutePath().normalize();
        if (javaIoTmpdir == null || !Path.of(javaIoTmpdir).toAbsolutePath().normalize().equals(tmp)) {
            return 0;
        }
        try {
            if (!Files.isDirectory(tmp)) {
                Files.createDirectories(tmp, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            int removed = 0;
            // kept open until the JVM exits on purpose: the lock says "a server is using these files"
            FileChannel channel = FileChannel.open(tmp.resolve(".owner.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return 0;
            }
            // an unreachable channel is closed by its cleaner at the next collection, which frees the lock: the
            // shutdown hook keeps it reachable for the life of the JVM
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the JVM is exiting: the lock goes with it
                }
            }, "yichuang-tmp-lock"));
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tmp, LEFTOVER_GLOB)) {
                for (Path f : leftovers) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the server's temporary directory " + tmp, e);
        }
    }
}
