package org.yichuang.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.SharedPostgres;

class TlsTest {
    @TempDir
    Path dir;

    private Path keystore() throws Exception {
        Path file = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "yichuang", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(out).isZero();
        return file;
    }

    private static HttpClient trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }

    @Test
    void with_a_keystore_the_server_speaks_https() throws Exception {
        Path keystore = keystore();
        SharedPostgres pg = SharedPostgres.get();
        ServerConfig config = new ServerConfig(0, "127.0.0.1", null, null, null, dir, keystore, "changeit", false,
                65536, Duration.ofHours(12), 5, Duration.ofMinutes(15), null, 20);

        try (HallServer server = HallServer.start(config, pg.open(pg.newDemoDatabase(), 2), null,
                Clock.systemUTC(), System.out)) {
            assertThat(server.baseUrl()).startsWith("https://");
            ApiClient api = new ApiClient(trusting(keystore), server.baseUrl().replace("127.0.0.1", "localhost"));

            assertThat(api.get("/health", null).json().path("status").asText()).isEqualTo("UP");
        }
    }
}
