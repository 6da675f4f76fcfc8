package org.yichuang.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;

/** Error decoding, connection failures and timeouts, against a scripted loopback HTTP server. */
class HttpHallApiTest {
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    private URI serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private static ErrorCode code(Throwable t) {
        return ((ApiException) t).code();
    }

    @Test
    void an_error_answer_becomes_an_ApiException_with_the_servers_code_message_and_status() throws Exception {
        HttpHallApi api = new HttpHallApi(serve(429, "{\"code\":\"AUTH_THROTTLED\",\"message\":\"登录失败次数过多，请 4 秒后再试。\"}"));

        assertThatThrownBy(() -> api.signIn(new SignInRequest("clerk", "x", 3)))
                .isInstanceOf(ApiException.class)
                .hasMessage("登录失败次数过多，请 4 秒后再试。")
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.AUTH_THROTTLED))
                .satisfies(e -> assertThat(((ApiException) e).httpStatus()).isEqualTo(429));
    }

    @Test
    void an_answer_not_in_our_format_keeps_its_status_and_gets_a_generic_code() throws Exception {
        HttpHallApi api = new HttpHallApi(serve(502, "<html>Bad Gateway</html>"));

        assertThatThrownBy(api::listItems)
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.SERVER_UNREACHABLE))
                .satisfies(e -> assertThat(((ApiException) e).httpStatus()).isEqualTo(502));
    }

    @Test
    void a_refused_connection_is_SERVER_UNREACHABLE_with_status_0() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        HttpHallApi api = new HttpHallApi(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(2));

        assertThatThrownBy(api::listItems)
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.SERVER_UNREACHABLE))
                .satisfies(e -> assertThat(((ApiException) e).httpStatus()).isZero());
    }

    @Test
    void a_server_that_never_answers_times_out_as_SERVER_UNREACHABLE() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        HttpHallApi api = new HttpHallApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofMillis(300));

        assertThatThrownBy(api::listItems)
                .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.SERVER_UNREACHABLE))
                .hasMessageContaining("超时");
    }

    @Test
    void after_sign_in_every_call_carries_the_bearer_token() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/sessions", exchange -> {
            byte[] b = ("{\"token\":\"tok-1\",\"expiresAt\":\"2026-11-23T10:00:00Z\",\"staff\":{\"username\":\"clerk\","
                    + "\"displayName\":\"王小明\",\"roles\":[\"WINDOW\"]},\"counter\":{\"number\":3,\"name\":\"3号窗口\","
                    + "\"hallName\":\"政务服务中心\"},\"hallZone\":\"Asia/Urumqi\",\"extra\":1}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, b.length);
            exchange.getResponseBody().write(b);
            exchange.close();
        });
        server.createContext("/api/items", exchange -> {
            seen.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] b = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, b.length);
            exchange.getResponseBody().write(b);
            exchange.close();
        });
        server.start();
        HttpHallApi api = new HttpHallApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));

        var session = api.signIn(new SignInRequest("clerk", "pw", 3));

        assertThat(session.staff().displayName()).isEqualTo("王小明");
        assertThat(session.zone()).isEqualTo(java.time.ZoneId.of("Asia/Urumqi"));
        assertThat(session.expiresAt()).isNotNull();
        assertThat(api.listItems()).isEmpty();
        assertThat(seen.get()).isEqualTo("Bearer tok-1");
    }
}
