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
 */
public record ServerConfig(int port, String bind, String dbUrl, String dbUser, String dbPassword, Path dataDir,
        Path tlsKeystore, String tlsKeystorePassword, boolean demoData, long maxBodyBytes, Duration sessionTtl,
        int lockoutAttempts, Duration lockoutDuration, String publicUrl, int signInBurst) {

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
