package org.yichuang.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.TestServer;

/** The headers of every answer, and Jetty's own refusals in our JSON, checked on the wire. */
class EdgeHeadersTest {
    private static TestServer server;
    private static ApiClient api;
    private static String clerk;
    private static final ObjectMapper JSON = Json.newObjectMapper();

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new ApiClient(server.baseUrl());
        clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An answer read off a raw socket: status, headers (lower-case names) and body. */
    private record Raw(int status, Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** Sends bytes no well-behaved client would send and reads the whole answer. */
    private static Raw raw(String request) throws IOException {
        URI base = URI.create(server.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, answer.substring(end + 4));
        }
    }

    private static void assertJettyRefusal(Raw r, int status, String code) throws IOException {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        assertThat(r.json().path("code").asText()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("<html", "HTTP ERROR");
        assertThat(r.headers()).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("cache-control", "no-store").containsEntry("referrer-policy", "no-referrer");
    }

    @Test
    void a_uri_over_the_limit_answers_414_URI_TOO_LONG_in_json() throws IOException {
        Raw r = raw("GET /api/cases/" + "A".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertJettyRefusal(r, 414, "URI_TOO_LONG");
        assertThat(r.body()).doesNotContain("AAAA");
    }

    @Test
    void headers_over_the_limit_answer_431_HEADERS_TOO_LARGE_in_json() throws IOException {
        Raw r = raw("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertJettyRefusal(r, 431, "HEADERS_TOO_LARGE");
    }

    @Test
    void a_broken_request_line_or_header_answers_400_BAD_HTTP_REQUEST_in_json() throws IOException {
        assertJettyRefusal(raw("GET /health HTTP/1.1\r\nHost: localhost\r\nBroken header line\r\nConnection: close"
                + "\r\n\r\n"), 400, "BAD_HTTP_REQUEST");
        assertJettyRefusal(raw("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n"), 400, "BAD_HTTP_REQUEST");
    }

    @Test
    void a_broken_chunked_body_answers_400_in_json() throws IOException {
        Raw r = raw("POST /api/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        assertThat(r.json().path("code").asText()).isIn("BAD_HTTP_REQUEST", "MALFORMED_REQUEST");
        assertThat(r.headers()).containsEntry("x-content-type-options", "nosniff");
    }

    @Test
    void a_bad_uri_never_answers_with_an_html_page() throws IOException {
        for (String path : new String[] {"/api/%zz", "/api/cases/%00", "/api/..%2f..%2fetc", "/api/items/%2e%2e%2f",
                "/api/items/a%5cb", "/%2e%2e/%2e%2e/etc/passwd", "/api//cases", "/api/cases;a=b/x", "/api/%u0041",
                "/api/cases/%2e%2e", "/api/x%00y", "/api/%c0%ae%c0%ae/", "/api/%ff"}) {
            Raw r = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(path).isBetween(400, 499);
            assertThat(r.headers().get("content-type")).as(path).startsWith("application/json");
            assertThat(r.json().path("code").asText()).as(path).isNotBlank();
            assertThat(r.headers()).as(path).containsEntry("x-content-type-options", "nosniff");
        }
    }

    @Test
    void every_api_answer_is_no_store_and_nosniff_including_errors() {
        Response ok = api.get("/api/hall", clerk);
        Response signIn = api.postJson("/api/sessions", null, new org.yichuang.core.api.SignInRequest(
                server.username(Role.WINDOW), server.password(Role.WINDOW), 1));
        Response unauthorised = api.get("/api/hall", null);
        Response missing = api.get("/api/nothing-here", clerk);
        Response malformed = api.post("/api/cases", clerk, "{");

        for (Response r : new Response[] {ok, signIn, unauthorised, missing, malformed}) {
            assertThat(r.headers().firstValue("Cache-Control")).as(r.body()).hasValue("no-store");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.body()).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(r.body()).hasValue("no-referrer");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        }
        assertThat(signIn.json().path("token").asText()).isNotBlank();
        assertThat(List.of(ok.status(), unauthorised.status(), missing.status(), malformed.status()))
                .containsExactly(200, 401, 404, 400);
    }

    @Test
    void guide_pages_carry_a_policy_that_allows_exactly_their_inline_style_and_script() throws Exception {
        for (String path : new String[] {"/guide", "/guide/items/" + server.anyItemCode(), "/guide/items/NO-SUCH"}) {
            Response r = api.get(path, null);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();

            assertThat(r.status()).as(path).isIn(200, 404);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(csp).contains("style-src " + sha256(inline(r.body(), "style")));
            if (path.equals("/guide")) {
                assertThat(csp).contains("script-src " + sha256(inline(r.body(), "script")));
            }
            assertThat(r.body()).doesNotContain(" style=\"", " onload=", " onclick=");
        }
    }

    private static String inline(String page, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("inline " + tag).isTrue();
        String content = m.group(1);
        assertThat(m.find()).as("only one inline " + tag).isFalse();
        return content;
    }

    private static String sha256(String text) throws Exception {
        return "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8))) + "'";
    }
}
