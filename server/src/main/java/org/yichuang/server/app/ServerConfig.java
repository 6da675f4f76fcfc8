package org.yichuang.server.app;

import java.nio.file.Path;
import java.time.Duration;
import org.yichuang.server.account.AccountSettings;

/**
 * Everything the server is told at start-up.
 *
 * @param dbUrl              external PostgreSQL JDBC URL; null starts the embedded one under {@code dataDir/pgdata}
 * @param tlsKeystore        PKCS#12/JKS keystore for HTTPS; null serves plain HTTP
 * @param maxBodyBytes       the largest request body accepted (413 above)
 * @param lockoutAttempts    wrong passwords per user name and address before sign-in delays start (option kept
 *                           from the former lock, which strangers could trigger)
 * @param lockoutDuration    the longest delay between sign-in attempts after failures
 * @param signInBurst        sign-in attempts one client address may make at once; then one per second
 * @param publicUrl          where the public reaches the guide pages (QR codes of printed guides), without a trailing
 *                           slash; null for the server's own {@code http(s)://bind:port}
 * @param dbPoolSize         connections of this instance's pool ({@code --db-pool-size})
 * @param streamKeepAlive    how often the live streams (queue, 红黄牌) send a keep-alive comment and check each
 *                           client's session ({@code --stream-keepalive-seconds})
 */
public record ServerConfig(int port, String bind, String dbUrl, String dbUser, String dbPassword, Path dataDir,
        Path tlsKeystore, String tlsKeystorePassword, boolean demoData, long maxBodyBytes, Duration sessionTtl,
        int lockoutAttempts, Duration lockoutDuration, String publicUrl, int signInBurst, int dbPoolSize,
        Duration streamKeepAlive) {

    /**
     * Connections per server instance by default. A counter action is one transaction of about ten short statements,
     * so the pool bounds the queue's rate when 200 counters call at once (bench/queue-load.sh: with 10, thousands of
     * requests waited past the pool's 1.5 s; with 40, ten times fewer); 20 leaves room for two instances, their
     * listening connections and tools within the embedded cluster's 100 connections.
     */
    public static final int DEFAULT_DB_POOL_SIZE = 20;

    /**
     * Keep-alive of the live streams by default: proxies often drop a response that sends nothing for 60 s, and a
     * client that went away (or signed out) gives its place back at the next keep-alive.
     */
    public static final Duration DEFAULT_STREAM_KEEP_ALIVE = Duration.ofSeconds(10);

    /** A config with the default pool size and stream keep-alive (tests and tools that do not care). */
    public ServerConfig(int port, String bind, String dbUrl, String dbUser, String dbPassword, Path dataDir,
            Path tlsKeystore, String tlsKeystorePassword, boolean demoData, long maxBodyBytes, Duration sessionTtl,
            int lockoutAttempts, Duration lockoutDuration, String publicUrl, int signInBurst) {
        this(port, bind, dbUrl, dbUser, dbPassword, dataDir, tlsKeystore, tlsKeystorePassword, demoData, maxBodyBytes,
                sessionTtl, lockoutAttempts, lockoutDuration, publicUrl, signInBurst, DEFAULT_DB_POOL_SIZE,
                DEFAULT_STREAM_KEEP_ALIVE);
    }

    /** Returns the account policy. */
    public AccountSettings accountSettings() {
        return AccountSettings.defaults().withSessionTtl(sessionTtl).withFreeFailures(lockoutAttempts)
                .withMaxDelay(lockoutDuration).withAttemptRate(signInBurst, Duration.ofSeconds(1));
    }

    /** Returns the embedded PostgreSQL's data directory. */
    public Path pgData() {
        return dataDir.resolve("pgdata");
    }

    /** Never prints the passwords. */
    @Override
    public String toString() {
        return "ServerConfig[port=" + port + ", bind=" + bind + ", db=" + (dbUrl == null ? "embedded" : dbUrl)
                + ", dataDir=" + dataDir + ", tls=" + (tlsKeystore != null) + ", demoData=" + demoData
                + ", publicUrl=" + publicUrl + "]";
    }
}
