package org.yichuang.server.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks that nobody but this process's user (or root) can change a path: the PostgreSQL binaries and data we run
 * must not be swappable by another local account. The rule follows OpenSSH's {@code safe_path}: every directory from
 * the path up to {@code /} is owned by us or by root and writable by nobody else, except a sticky directory such as
 * {@code /tmp} above it (in which nobody else can rename or delete what we own).
 */
final class SecurePaths {
    private static final int GROUP_OR_OTHER_WRITE = 0022;
    private static final int STICKY = 01000;

    private SecurePaths() {
    }

    /** Returns this process's numeric user id (from /proc, so it is right inside a user namespace too). */
    static int currentUid() {
        try {
            // the directory /proc/self belongs to this process; the symlink itself belongs to root
            return (Integer) Files.getAttribute(Path.of("/proc/self/"), "unix:uid");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses {@code path} unless it and every directory above it pass the rule.
     *
     * @throws IllegalStateException naming the first unsafe directory and why
     */
    static void requireOwnedAndPrivate(Path path) {
        int self = currentUid();
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean first = true;
        for (Path p = real; p != null; p = p.getParent()) {
            Map<String, Object> attrs = unixAttributes(p);
            int uid = (Integer) attrs.get("uid");
            int mode = (Integer) attrs.get("mode");
            if (uid != self && uid != 0) {
                throw new IllegalStateException("目录 " + p + " 属于其他用户（uid " + uid + "），"
                        + "其他账号可以替换其中的数据库程序或数据，已拒绝启动。");
            }
            boolean othersWrite = (mode & GROUP_OR_OTHER_WRITE) != 0;
            // in a sticky directory others may add entries but never rename or delete ours
            boolean sticky = (mode & STICKY) != 0;
            if (othersWrite && (first || !sticky)) {
                throw new IllegalStateException("目录 " + p + " 可被其他用户写入（权限 "
                        + Integer.toOctalString(mode & 07777) + "），已拒绝启动。");
            }
            first = false;
        }
    }

    static int uidOf(Path path) {
        return (Integer) unixAttributes(path).get("uid");
    }

    static int modeOf(Path path) {
        return (Integer) unixAttributes(path).get("mode");
    }

    private static Map<String, Object> unixAttributes(Path p) {
        try {
            return Files.readAttributes(p, "unix:uid,mode", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
