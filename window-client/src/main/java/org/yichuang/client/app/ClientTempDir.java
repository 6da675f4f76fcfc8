package org.yichuang.client.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The counter client's own temporary directory (客户端私有临时目录): {@code $XDG_CACHE_HOME/yichuang/tmp}
 * (default {@code ~/.cache/yichuang/tmp}; {@code %LOCALAPPDATA%\Yichuang\tmp} on Windows), mode 700.
 *
 * <p>Why: AWT copies every font given to {@code Font.createFont} as a stream to a temporary file ({@code +~JF….tmp})
 * and deletes it only in a shutdown hook. The client loads the bundled Noto Sans SC and HanaMinB that way (they are
 * entries of the reports jar, not files, so {@code createFont(int, File)} cannot take them), ~40 MB per start. A
 * client killed with SIGKILL or by a power cut left the copies in the shared {@code /tmp} for good, readable by name
 * to every local user. Here they are private, and the next start removes what a killed client left.
 *
 * <p>The JDK reads {@code java.io.tmpdir} once, when the JVM starts: the launcher ({@code ./yichuang client},
 * {@code demo}) creates this directory (mode 700) and passes {@code -Djava.io.tmpdir=} it. A client started without
 * it keeps the JVM's directory and this class leaves that alone: it never deletes anything outside its own directory.
 *
 * <p>Several clients of one user may run at once (a demo and a second counter): each holds a shared lock on
 * {@code .owner.lock} for its life, and leftovers are removed only by a start that gets the lock exclusively, when no
 * other client is using the directory. The lock lives in the returned object, which the caller keeps reachable.
 */
public final class ClientTempDir implements AutoCloseable {
    /** The names AWT gives its font copies. */
    static final String LEFTOVER_GLOB = "+~JF*.tmp";
    static final String LOCK_FILE = ".owner.lock";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final int removed;
    private final FileChannel lockChannel;

    private ClientTempDir(Path directory, int removed, FileChannel lockChannel) {
        this.directory = directory;
        this.removed = removed;
        this.lockChannel = lockChannel;
    }

    /** Returns the directory the launcher gives the client for this user and platform. */
    public static Path defaultDirectory(Map<String, String> env, String osName, String userHome) {
        if (osName != null && osName.startsWith("Windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Yichuang").resolve("tmp");
        }
        // the XDG spec ignores a relative XDG_CACHE_HOME; the launcher does the same
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && xdg.startsWith("/") ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("yichuang").resolve("tmp");
    }

    /**
     * When this JVM's {@code java.io.tmpdir} is {@code own}, makes it private (created or narrowed to mode 700),
     * removes the font copies a killed client left there when no other client uses it, and holds the shared lock
     * until {@link #close} or the end of the JVM. Call before anything creates a temporary file.
     *
     * @return the claimed directory; empty (nothing touched) when the JVM uses another temporary directory
     * @throws UncheckedIOException when the directory cannot be made private or locked
     */
    public static Optional<ClientTempDir> claim(Path own, String javaIoTmpdir) {
        Path dir = own.toAbsolutePath().normalize();
        if (javaIoTmpdir == null || !Path.of(javaIoTmpdir).toAbsolutePath().normalize().equals(dir)) {
            return Optional.empty();
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileChannel channel = null;
        try {
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectories(dir);
                }
            }
            if (posix) {
                // an older launcher or a hand-made directory may have left it readable: narrowed, not trusted
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            int removed = 0;
            FileLock alone = channel.tryLock();
            if (alone != null) {
                try {
                    removed = removeLeftovers(dir);
                } finally {
                    alone.release();
                }
            }
            // shared: other clients may start and use the directory, none may clean it while we run; blocks only
            // while another starting client removes leftovers (before it or we have made any font copy)
            channel.lock(0, Long.MAX_VALUE, true);
            return Optional.of(new ClientTempDir(dir, removed, channel));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot prepare the client's temporary directory " + dir, e);
        }
    }

    private static int removeLeftovers(Path dir) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, LEFTOVER_GLOB)) {
            for (Path f : leftovers) {
                if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing: the first exception is the one to report
            }
        }
    }

    /** Returns the directory. */
    public Path directory() {
        return directory;
    }

    /** Returns how many font copies of killed clients this start removed. */
    public int removedLeftovers() {
        return removed;
    }

    /** Releases the shared lock (closing the channel releases it; the JVM's exit does the same). */
    @Override
    public void close() {
        closeQuietly(lockChannel);
    }
}
