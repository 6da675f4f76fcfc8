package org.yichuang.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.server.web.Json;

/**
 * Create-case throughput under concurrent clerks next to pgbench TPC-B on the same PostgreSQL cluster, and the
 * server time of GET /health. Used by bench/server-load.sh (which starts the server); not a test.
 *
 * <p>Each client is one clerk session (the demo window clerk signed in at counter 1..4 in turn) with its own HTTP
 * connection, sending POST /api/cases back to back: a new idempotency key, a random item of the demo catalog and a
 * new applicant ID number each time. For each client count it runs a warm-up, then a timed phase, then pgbench with
 * the same number of clients and threads for the same time, and prints one FIGURE line.
 */
public final class ServerLoadBench {
    private static final Pattern HEALTH_LINE = Pattern.compile("GET /health 200 ([0-9.]+) ms");

    private final String base;
    private final ObjectMapper json = Json.newObjectMapper();
    private final AtomicLong serial = new AtomicLong();

    private ServerLoadBench(String base) {
        this.base = base;
    }

    /**
     * Arguments: baseUrl dataDir serverPid clientCounts(e.g. 1,8,16) seconds warmupSeconds healthRequests.
     * The application role's password is read from {@code <dataDir>/pgdata/yichuang-db.secret}; the server's
     * output is read from {@code <dataDir>/server.log} for the request log's /health times.
     */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path dataDir = Path.of(args[1]);
        long serverPid = Long.parseLong(args[2]);
        List<String> postmaster = Files.readAllLines(dataDir.resolve("pgdata").resolve("postmaster.pid"));
        int pgPort = Integer.parseInt(postmaster.get(3).strip());
        CpuMeter cpu = new CpuMeter(serverPid, Long.parseLong(postmaster.get(0).strip()));
        int[] counts = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        int healthRequests = Integer.parseInt(args[6]);
        Properties accounts = load(dataDir.resolve("demo-accounts.properties"));
        Properties secrets = load(dataDir.resolve("pgdata").resolve("yichuang-db.secret"));
        Pgbench pgbench = new Pgbench(pgPort, secrets.getProperty("app"), dataDir);
        pgbench.initTpcb();

        ServerLoadBench bench = new ServerLoadBench(base);
        int most = Arrays.stream(counts).max().orElse(1);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            tokens.add(bench.signIn(accounts.getProperty("WINDOW.username"), accounts.getProperty("WINDOW.password"),
                    i % 4 + 1));
        }
        List<String> items = bench.itemCodes(tokens.get(0));
        // a hall's server runs for hours: let the JIT compile the request path before anything is measured (on a
        // 2-core machine C2 needs most of a minute; before it has, the server spends more CPU than the requests do)
        bench.run(tokens, items, warmup * 9);
        for (int n : counts) {
            bench.run(tokens.subList(0, n), items, warmup);
            CpuMeter.Reading before = cpu.read();
            Result r = bench.run(tokens.subList(0, n), items, seconds);
            CpuMeter.Reading afterCases = cpu.read();
            int backends = cpu.postgresProcesses();
            double tpcb = pgbench.tpcb(n, seconds).perSecond();
            // pgbench's backends end after it does; their time reaches the postmaster's once it has reaped them
            if (!Waits.until(Duration.ofSeconds(10), () -> cpu.postgresProcesses() <= backends)) {
                throw new IllegalStateException("pgbench's backends did not end within 10 s");
            }
            CpuMeter.Reading afterPgbench = cpu.read();
            double cases = r.count();
            System.out.printf("FIGURE server-load %d client%s: create-case %.0f/s, p50 %.1f ms, p95 %.1f ms;"
                    + " pgbench TPC-B %.0f/s; ratio %.2f; CPU per case %.2f ms server (%.2f ms of it JIT and GC)"
                    + " + %.2f ms PostgreSQL, per TPC-B transaction %.2f ms PostgreSQL%n", n, n == 1 ? "" : "s",
                    r.rate(), r.p50Ms(), r.p95Ms(), tpcb, r.rate() / tpcb,
                    (afterCases.serverMs() - before.serverMs()) / cases,
                    (afterCases.jitGcMs() - before.jitGcMs()) / cases,
                    (afterCases.postgresMs() - before.postgresMs()) / cases,
                    (afterPgbench.postgresMs() - afterCases.postgresMs()) / (tpcb * seconds));
        }
        bench.health(healthRequests, dataDir.resolve("server.log"));
    }

    private record Result(int count, double rate, double p50Ms, double p95Ms) {
    }

    private Result run(List<String> tokens, List<String> items, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> perClient = new ArrayList<>();
        int[] done = new int[tokens.size()];
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(tokens.size());
        long start = System.nanoTime();
        for (int c = 0; c < tokens.size(); c++) {
            long[] nanos = new long[200_000];
            perClient.add(nanos);
            int client = c;
            String token = tokens.get(c);
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                try {
                    int i = 0;
                    while (System.nanoTime() < end && i < nanos.length) {
                        HttpRequest request = createCase(token, items);
                        long t0 = System.nanoTime();
                        send(http, request, 201);
                        nanos[i++] = System.nanoTime() - t0;
                    }
                    done[client] = i;
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }, "load-client-" + c);
            t.start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw failure.get();
        }
        int total = Arrays.stream(done).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < perClient.size(); c++) {
            System.arraycopy(perClient.get(c), 0, all, at, done[c]);
            at += done[c];
        }
        Arrays.sort(all);
        return new Result(total, total / elapsed, percentile(all, 50) / 1e6, percentile(all, 95) / 1e6);
    }

    private HttpRequest createCase(String token, List<String> items) throws IOException {
        long n = serial.incrementAndGet();
        String item = items.get(ThreadLocalRandom.current().nextInt(items.size()));
        // a new applicant each time: birth dates over 28 days, 1,000 sequence numbers, then the district changes
        String first17 = String.format("%06d", 110101 + (int) (n / 28_000 % 900)) + (19500101 + n % 28)
                + String.format("%03d", n / 28 % 1000);
        NewCase c = new NewCase(UUID.randomUUID().toString(), item,
                new ApplicantInput("测试申请人", first17 + IdNumber.checkDigit(first17), "13800138000"), "性能测试");
        return HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(c))).build();
    }

    /**
     * Prints the round trip of sequential GET /health on loopback and the server's own time for them, taken from
     * the request log (Javalin's time from the request reaching the router to the response written).
     */
    private void health(int requests, Path serverLog) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/health")).GET().build();
        long skip = Files.size(serverLog);
        long[] nanos = new long[requests];
        for (int i = 0; i < requests * 2; i++) {
            long t0 = System.nanoTime();
            send(http, request, 200);
            if (i >= requests) {
                nanos[i - requests] = System.nanoTime() - t0;
            } else if (i == requests - 1) {
                skip = Files.size(serverLog);
            }
        }
        Arrays.sort(nanos);
        long from = skip;
        // the request log line follows the response: wait for all of them (with the log off none come, and the
        // figure says so below)
        Waits.until(Duration.ofSeconds(5), () -> healthTimes(serverLog, from).size() >= requests);
        List<Double> server = healthTimes(serverLog, from);
        String serverPart = "server time not in the log (request log off)";
        if (!server.isEmpty()) {
            double[] s = server.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            serverPart = String.format("server p50 %.2f ms, p95 %.2f ms (request log)", s[(s.length - 1) / 2],
                    s[(int) Math.ceil(0.95 * s.length) - 1]);
        }
        System.out.printf("FIGURE server-health: %s; round trip p50 %.2f ms, p95 %.2f ms (%d sequential)%n",
                serverPart, percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, requests);
    }

    private static List<Double> healthTimes(Path serverLog, long skip) throws IOException {
        List<Double> times = new ArrayList<>();
        try (var in = Files.newInputStream(serverLog)) {
            in.skipNBytes(skip);
            Matcher m = HEALTH_LINE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                times.add(Double.parseDouble(m.group(1)));
            }
        }
        return times;
    }

    private String signIn(String user, String password, int counter) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode session = json.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "/api/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(
                        new SignInRequest(user, password, counter)))).build(), 200));
        return session.path("token").asText();
    }

    private List<String> itemCodes(String token) throws Exception {
        JsonNode items = json.readTree(send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                URI.create(base + "/api/items")).header("Authorization", "Bearer " + token).GET().build(), 200));
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.path("implementationCode").asText()));
        if (codes.isEmpty()) {
            throw new IllegalStateException("no service items: was the server started with --demo-data?");
        }
        return codes;
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != expected) {
            throw new IllegalStateException("unexpected answer " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        }
        return p;
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
