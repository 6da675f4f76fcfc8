package org.yichuang.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.yichuang.server.web.Json;

/** A small java.net.http client for functional tests: raw status and body, JSON on demand. */
public final class ApiClient {
    private final HttpClient http;
    private final String baseUrl;
    private final ObjectMapper json = Json.newObjectMapper();

    /** Talks to the server at {@code baseUrl}. */
    public ApiClient(String baseUrl) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), baseUrl);
    }

    /** Talks through the given client (e.g. one that trusts a test certificate). */
    public ApiClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** An answer: status, body and headers. */
    public record Response(int status, String body, ObjectMapper mapper, HttpHeaders headers) {
        /** Returns the Content-Type header, or null. */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse(null);
        }

        /** Parses the body as JSON. */
        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** Returns the error code of a JSON error body. */
        public String code() {
            return json().path("code").asText(null);
        }
    }

    /** GET with an optional bearer token. */
    public Response get(String path, String token) {
        return send(builder(path, token).GET());
    }

    /** DELETE with an optional bearer token. */
    public Response delete(String path, String token) {
        return send(builder(path, token).DELETE());
    }

    /** POST of a raw JSON string. */
    public Response post(String path, String token, String body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** POST of an object serialised with the API's mapper. */
    public Response postJson(String path, String token, Object body) {
        try {
            return post(path, token, json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PUT of an object serialised with the API's mapper. */
    public Response putJson(String path, String token, Object body) {
        try {
            return send(builder(path, token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST of raw bytes with the given Content-Type (a file upload). */
    public Response postBytes(String path, String token, String contentType, byte[] body) {
        return send(builder(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A binary answer: status, headers and the body's bytes. */
    public record Download(int status, HttpHeaders headers, byte[] body) {
    }

    /** GET of a binary answer (an exported file). */
    public Download download(String path, String token) {
        try {
            HttpResponse<byte[]> r = http.send(builder(path, token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a prepared request. */
    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), json, r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns a request builder for the path with the token, if any. */
    public HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** Signs in and returns the token; fails the test unless the answer is 200. */
    public String signIn(String username, String password, Integer counterNo) {
        Response r = postJson("/api/sessions", null,
                new org.yichuang.core.api.SignInRequest(username, password, counterNo));
        if (r.status() != 200) {
            throw new AssertionError("sign-in failed: " + r.status() + " " + r.body());
        }
        return r.json().path("token").asText();
    }
}
