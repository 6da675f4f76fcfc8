package org.yichuang.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.TestServer;

class ErrorMappingTest {
    private static TestServer server;
    private static ApiClient api;
    private static String clerk;

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

    @Test
    void health_answers_200_UP() {
        Response r = api.get("/health", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void an_unknown_route_answers_404_NOT_FOUND_as_json() {
        Response r = api.get("/api/nothing-here", clerk);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
        assertThat(r.json().path("message").asText()).isEqualTo("请求的地址不存在。");
    }

    @Test
    void malformed_json_answers_400_MALFORMED_REQUEST() {
        Response r = api.post("/api/sessions", null, "{\"username\": \"window1\", ");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void unknown_fields_and_wrong_types_answer_400_MALFORMED_REQUEST() {
        assertThat(api.post("/api/sessions", null, "{\"username\":\"a\",\"password\":\"b\",\"admin\":true}").code())
                .isEqualTo("MALFORMED_REQUEST");
        assertThat(api.post("/api/sessions", null, "{\"username\":\"a\",\"password\":\"b\",\"counterNo\":\"一\"}")
                .code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(api.post("/api/cases", clerk, "[1,2,3]").code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(api.post("/api/cases", clerk, "null").code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(api.post("/api/cases", clerk, "").code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void a_body_over_the_cap_answers_413_REQUEST_TOO_LARGE() {
        String big = "{\"remarks\":\"" + "x".repeat(70 * 1024) + "\"}";

        Response r = api.post("/api/cases", clerk, big);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void a_chunked_body_over_the_cap_is_refused_by_counting_bytes() {
        byte[] big = ("{\"remarks\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // ofInputStream has no known length, so the client sends it chunked without Content-Length
        HttpRequest.Builder request = api.builder("/api/cases", clerk).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

        Response r = api.send(request);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void the_wrong_method_on_a_known_path_answers_json() {
        Response r = api.send(api.builder("/api/items", clerk).PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(r.status()).isIn(404, 405);
        assertThat(r.code()).isIn("NOT_FOUND", "METHOD_NOT_ALLOWED");
    }
}
