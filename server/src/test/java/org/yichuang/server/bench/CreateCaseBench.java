package org.yichuang.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.server.web.Json;

/**
 * Measures POST /api/cases round trips on loopback: sequential requests after a warm-up; prints one FIGURE line.
 * Used by bench/server-create-case.sh; not a test.
 */
public final class CreateCaseBench {
    private CreateCaseBench() {
    }

    /** Arguments: baseUrl username password counterNo [warmup] [measured]. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int measured = args.length > 5 ? Integer.parseInt(args[5]) : 500;
        ObjectMapper json = Json.newObjectMapper();
        HttpClient http = HttpClient.newHttpClient();

        JsonNode session = json.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "/api/sessions"))
                .header("Content-Type", "application/json")
                .POST(body(json, new SignInRequest(args[1], args[2], Integer.parseInt(args[3])))), 200));
        String token = session.path("token").asText();
        JsonNode items = json.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "/api/items"))
                .header("Authorization", "Bearer " + token).GET(), 200));

        long[] nanos = new long[measured];
        for (int i = 0; i < warmup + measured; i++) {
            String item = items.get(i % items.size()).path("implementationCode").asText();
            String first17 = "110105" + String.format("%08d", 19500101 + (i % 28)) + String.format("%03d", i % 1000);
            NewCase c = new NewCase(UUID.randomUUID().toString(), item,
                    new ApplicantInput("测试申请人", first17 + IdNumber.checkDigit(first17), "13800138000"), "性能测试");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(body(json, c));
            long start = System.nanoTime();
            send(http, request, 201);
            long took = System.nanoTime() - start;
            if (i >= warmup) {
                nanos[i - warmup] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("FIGURE create-case-round-trip: p50 %.1f ms, p95 %.1f ms (%d sequential requests)%n",
                percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, measured);
    }

    private static HttpRequest.BodyPublisher body(ObjectMapper json, Object value) throws Exception {
        return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(value));
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != expected) {
            throw new IllegalStateException("unexpected answer " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
