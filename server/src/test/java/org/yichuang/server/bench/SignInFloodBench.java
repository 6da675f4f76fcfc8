package org.yichuang.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.server.web.Json;

/**
 * Measures GET /api/hall for a signed-in clerk without and then during a flood of wrong-password sign-ins from the
 * same address (loopback); prints one FIGURE line with p50/p95 of both and their ratios. Used by
 * bench/server-signin-flood.sh; not a test.
 */
public final class SignInFloodBench {
    private SignInFloodBench() {
    }

    /**
     * Arguments: baseUrl username password counterNo [floodThreads] [measured] [floodTarget]. A flood target of
     * {@code -health} floods GET /health instead: the floor any flood of cheap requests costs on the same cores.
     */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int measured = args.length > 5 ? Integer.parseInt(args[5]) : 400;
        String target = args.length > 6 ? args[6] : "admin";
        ObjectMapper json = Json.newObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> signIn = http.send(post(base, json, new SignInRequest(args[1], args[2],
                Integer.parseInt(args[3]))), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (signIn.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + signIn.statusCode() + " " + signIn.body());
        }
        String token = json.readTree(signIn.body()).path("token").asText();
        HttpRequest hall = HttpRequest.newBuilder(URI.create(base + "/api/hall"))
                .header("Authorization", "Bearer " + token).GET().build();

        measure(http, hall, 200); // warm-up
        long[] quiet = measure(http, hall, measured);

        AtomicBoolean stop = new AtomicBoolean();
        Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();
        Thread[] flood = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int n = t;
            flood[t] = new Thread(() -> {
                HttpClient own = HttpClient.newHttpClient();
                int i = 0;
                while (!stop.get()) {
                    try {
                        HttpRequest request = target.equals("-health")
                                ? HttpRequest.newBuilder(URI.create(base + "/health")).GET().build()
                                : post(base, json, new SignInRequest(target, "wrong-" + n + "-" + i++, null));
                        HttpResponse<Void> r = own.send(request, HttpResponse.BodyHandlers.discarding());
                        answers.computeIfAbsent(r.statusCode(), k -> new LongAdder()).increment();
                    } catch (Exception e) {
                        answers.computeIfAbsent(-1, k -> new LongAdder()).increment();
                    }
                }
            }, "flood-" + t);
            flood[t].start();
        }
        Thread.sleep(2_000); // let the flood reach its steady state
        answers.clear();
        long floodStart = System.nanoTime();
        long[] flooded = measure(http, hall, measured);
        double seconds = (System.nanoTime() - floodStart) / 1e9;
        stop.set(true);
        for (Thread t : flood) {
            t.join();
        }

        StringBuilder counts = new StringBuilder();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> counts.append(counts.length() == 0
                ? "" : ", ").append(e.getKey()).append(": ").append(Math.round(e.getValue().sum() / seconds)).append("/s"));
        System.out.printf("FIGURE signin-flood-hall-latency: GET /api/hall p50 %.1f ms, p95 %.1f ms without flood; "
                + "p50 %.1f ms, p95 %.1f ms during a %d-thread %s flood (ratio p50 %.1fx, p95 %.1fx); "
                + "flood answers %s%n", pct(quiet, 50), pct(quiet, 95), pct(flooded, 50), pct(flooded, 95), threads,
                target.equals("-health") ? "GET /health" : "wrong-password (user name " + target + ")",
                pct(flooded, 50) / pct(quiet, 50), pct(flooded, 95) / pct(quiet, 95), counts);
    }

    private static HttpRequest post(String base, ObjectMapper json, SignInRequest body) throws Exception {
        return HttpRequest.newBuilder(URI.create(base + "/api/sessions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
    }

    private static long[] measure(HttpClient http, HttpRequest request, int n) throws Exception {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            nanos[i] = System.nanoTime() - start;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /api/hall answered " + r.statusCode());
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
