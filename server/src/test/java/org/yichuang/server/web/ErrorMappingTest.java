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

    private static int sessions() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM sessions").mapTo(Integer.class).one());
    }

    private static String signIn(String counterNo) {
        return "{\"username\":\"" + server.username(Role.WINDOW) + "\",\"password\":\""
                + server.password(Role.WINDOW) + "\",\"counterNo\":" + counterNo + "}";
    }

    @Test
    void the_right_password_with_a_counter_number_of_the_wrong_type_signs_in_nowhere() {
        int before = sessions();

        for (String counterNo : new String[] {"1.5", "1.0", "1e0", "\"1\"", "true", "[1]", "{}", "4294967297"}) {
            Response r = api.post("/api/sessions", null, signIn(counterNo));
            assertThat(r.status()).as(counterNo).isEqualTo(400);
            assertThat(r.code()).as(counterNo).isEqualTo("MALFORMED_REQUEST");
        }

        assertThat(sessions()).isEqualTo(before);
        assertThat(api.post("/api/sessions", null, signIn("1")).status()).isEqualTo(200);   // the check can pass
    }

    @Test
    void numbers_and_booleans_are_not_taken_as_text() {
        int before = sessions();
        String password = server.password(Role.WINDOW);

        Response number = api.post("/api/sessions", null, "{\"username\":12345,\"password\":\"" + password + "\"}");
        Response bool = api.post("/api/sessions", null, "{\"username\":\"window1\",\"password\":true}");
        Response object = api.post("/api/sessions", null, "{\"username\":{\"a\":1},\"password\":\"x\"}");

        assertThat(number.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(bool.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(object.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(number.status()).isEqualTo(400);
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void a_key_given_twice_is_refused_whichever_value_would_win() {
        int before = sessions();

        Response r = api.post("/api/sessions", null, "{\"username\":\"nobody\",\"password\":\"x\",\"username\":\""
                + server.username(Role.WINDOW) + "\",\"password\":\"" + server.password(Role.WINDOW)
                + "\",\"counterNo\":1}");
        Response nested = api.post("/api/cases", clerk, "{\"applicant\":{\"name\":\"张三\",\"name\":\"李四\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(nested.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_declared_json_answers_415_UNSUPPORTED_MEDIA_TYPE() {
        int before = sessions();
        byte[] body = signIn("1").getBytes(StandardCharsets.UTF_8);

        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/json; charset=utf-16"}) {
            Response r = api.postBytes("/api/sessions", null, type, body);
            assertThat(r.status()).as(type).isEqualTo(415);
            assertThat(r.code()).as(type).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
        Response none = api.send(api.builder("/api/sessions", null).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(none.status()).isEqualTo(415);
        assertThat(none.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void a_control_character_in_a_password_answers_400_TEXT_CONTROL_CHARACTER() {
        int before = sessions();

        Response r = api.post("/api/sessions", null, "{\"username\":\"window1\",\"password\":\"a\\u0000b\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("TEXT_CONTROL_CHARACTER");
        assertThat(r.json().path("message").asText()).contains("password").doesNotContain("a\u0000b");
        assertThat(sessions()).isEqualTo(before);
    }
}
