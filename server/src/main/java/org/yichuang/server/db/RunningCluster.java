package org.yichuang.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL of a server that is running now, found from its data directory: a command-line tool (the
 * calendar import) must use it, because starting the cluster again would stop the running server's postmaster as a
 * leftover. Found by the lock file's process id and port; signed in as the application role.
 */
public final class RunningCluster {
    private RunningCluster() {
    }

    /**
     * Opens a small pool on the running cluster's database, or returns empty when no postmaster runs on
     * {@code settings.pgData()}.
     */
    public static Optional<Database> open(EmbeddedSettings settings, int poolSize) {
        Path pgData = settings.pgData();
        List<String> lock;
        try {
            lock = Files.readAllLines(pgData.resolve("postmaster.pid"));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lock.size() < 4) {
            return Optional.empty();
        }
        long pid;
        int port;
        try {
            pid = Long.parseLong(lock.get(0).strip());
            port = Integer.parseInt(lock.get(3).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            return Optional.empty();
        }
        ClusterSecrets secrets = ClusterSecrets.read(pgData).orElseThrow(() -> new IllegalStateException(
                "内置数据库正在运行，但找不到其口令文件 " + pgData.resolve(ClusterSecrets.FILE)));
        return Optional.of(Database.open("jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedDatabase.DATABASE,
                EmbeddedDatabase.APP_ROLE, secrets.app(), poolSize));
    }
}
