package org.yichuang.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.server.web.Json;

/**
 * Call to board update (issue 12): counters call tickets through the API (POST /api/queue/counter/next) while boards
 * follow GET /public/queue/events; each sample is the time from sending the call to a board reading the CALLED event
 * of that ticket, for every board. Reported with p50/p99 next to pgbench's single-row INSERT on the same cluster with
 * as many clients as counters (its average latency and rate), as a ratio.
 *
 * <p>Each counter in turn: issues a ticket (not measured), calls it (measured until every board has it), finishes it.
 * The hall's categories are opened all day (but the minute of the daily renumbering) first, so the benchmark runs
 * at any hour.
 */
public final class QueueBoardBench {
    private static final Duration EVENT_WAIT = Duration.ofSeconds(10);

    private final String base;
    private final ObjectMapper json = Json.newObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Ticket number → when each board read its CALLED event. */
    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final List<Board> boards = new ArrayList<>();
    /** How long each measured call's own answer took (the board update includes it). */
    private final List<Long> answers = Collections.synchronizedList(new ArrayList<>());

    private QueueBoardBench(String base) {
        this.base = base;
    }

    /** Arguments: baseUrl dataDir counters boards warmupCalls measuredCalls. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path dataDir = Path.of(args[1]);
        int counters = Integer.parseInt(args[2]);
        int boardCount = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int measured = Integer.parseInt(args[5]);
        List<String> postmaster = Files.readAllLines(dataDir.resolve("pgdata").resolve("postmaster.pid"));
        int pgPort = Integer.parseInt(postmaster.get(3).strip());
        Properties accounts = load(dataDir.resolve("demo-accounts.properties"));
        Properties secrets = load(dataDir.resolve("pgdata").resolve("yichuang-db.secret"));

        QueueBoardBench bench = new QueueBoardBench(base);
        String admin = bench.signIn(accounts.getProperty("ADMIN.username"), accounts.getProperty("ADMIN.password"),
                null);
        bench.openAllDay(admin, counters);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < counters; i++) {
            tokens.add(bench.signIn(accounts.getProperty("WINDOW.username"), accounts.getProperty("WINDOW.password"),
                    i + 1));
        }
        for (int i = 0; i < boardCount; i++) {
            bench.boards.add(bench.openBoard());
        }
        try {
            bench.run(tokens, warmup);
            bench.answers.clear();
            List<Long> samples = bench.run(tokens, measured);
            Collections.sort(samples);
            List<Long> answers = new ArrayList<>(bench.answers);
            Collections.sort(answers);
            Pgbench.Rate pg = new Pgbench(pgPort, secrets.getProperty("app"), dataDir).singleInsert(counters, 5);
            double p50 = percentile(samples, 50);
            double p99 = percentile(samples, 99);
            System.out.printf("FIGURE queue-board %d counters, %d boards: call to board update p50 %.1f ms, p99 %.1f "
                    + "ms, max %.1f ms (%d calls, %d deliveries; target p99 < 100 ms; the call's own answer p50 %.1f "
                    + "ms, p99 %.1f ms); pgbench single-row INSERT %d clients %.0f/s, latency %.2f ms; ratio "
                    + "p99/pgbench latency %.1f; load average %.1f%n", counters, boardCount, p50, p99,
                    samples.get(samples.size() - 1) / 1e6, measured, samples.size(), percentile(answers, 50),
                    percentile(answers, 99), counters, pg.perSecond(), pg.latencyMs(), p99 / pg.latencyMs(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (p99 >= 100) {
                System.out.println("bench: queue-board p99 is over the 100 ms target");
            }
        } finally {
            bench.boards.forEach(Board::close);
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    /**
     * {@code calls} calls spread over the counters, each counter calling back to back; returns the samples. The
     * counters share one category, so one may call the ticket another just issued: that one issues again.
     */
    private List<Long> run(List<String> tokens, int calls) throws Exception {
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (int c = 0; c < tokens.size(); c++) {
            String token = tokens.get(c);
            int mine = calls / tokens.size() + (c < calls % tokens.size() ? 1 : 0);
            new Thread(() -> {
                // one keep-alive connection per counter, as the client holds it (and never a pooled one the server
                // closed while idle, which java.net.http handed out now and then: "header parser received no bytes")
                try (BenchHttp counter = new BenchHttp(base)) {
                    for (int i = 0; i < mine; ) {
                        List<Long> got = callOnce(counter, token);
                        if (!got.isEmpty()) {
                            samples.addAll(got);
                            i++;
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "queue-board-counter-" + c).start();
        }
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return samples;
    }

    private List<Long> callOnce(BenchHttp counter, String token) throws Exception {
        expect(counter.post("/api/queue/tickets", token, "{\"categoryCode\":\"GENERAL\"}"), 201);
        long asked = System.nanoTime();
        BenchHttp.Response answer = counter.post("/api/queue/counter/next", token, "{}");
        if (answer.status() == 404 && answer.body().contains("QUEUE_EMPTY")) {
            // another counter called the ticket just issued: issue again
            return List.of();
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("call next: " + answer.status() + " " + answer.body());
        }
        answers.add(System.nanoTime() - asked);
        JsonNode called = json.readTree(answer.body());
        String number = called.path("number").asText();
        // blocked, not spinning: the board readers note the times themselves, and four counters spinning took both
        // cores from the server's stream thread and the readers (a tail of their own in the figure)
        Arrival arrival = arrivals.computeIfAbsent(number, k -> new Arrival(boards.size()));
        if (!arrival.all.await(asked + EVENT_WAIT.toNanos() - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("the boards did not all get " + number + " within " + EVENT_WAIT);
        }
        arrivals.remove(number);
        List<Long> out = new ArrayList<>();
        for (long at : arrival.at) {
            out.add(at - asked);
        }
        expect(counter.post("/api/queue/tickets/" + called.path("id").asLong() + "/finish", token, "{}"), 200);
        return out;
    }

    private static void expect(BenchHttp.Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("answered " + r.status() + ": " + r.body());
        }
    }

    /**
     * Opens every category all day, every day (the default windows are office hours), and lets counters 1..n all
     * serve GENERAL, the category the benchmark issues in (the demo hall gives counter 4 only its booking category).
     */
    private void openAllDay(String admin, int counters) throws Exception {
        JsonNode current = json.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/queue/settings"))
                .header("Authorization", "Bearer " + admin).GET(), 200));
        ObjectNode settings = (ObjectNode) current.path("settings");
        // around the daily renumbering, which may not fall inside a window
        java.time.LocalTime reset = java.time.LocalTime.parse(settings.path("dayReset").asText());
        for (JsonNode category : settings.path("categories")) {
            ArrayNode windows = ((ObjectNode) category).putArray("windows");
            if (reset.isAfter(java.time.LocalTime.MIDNIGHT)) {
                windows.addObject().put("from", "00:00").put("to", reset.toString());
            }
            if (reset.isBefore(java.time.LocalTime.of(23, 58))) {
                windows.addObject().put("from", reset.plusMinutes(1).toString()).put("to", "23:59");
            }
        }
        ArrayNode assignments = (ArrayNode) settings.path("assignments");
        for (int n = 1; n <= counters; n++) {
            boolean serves = false;
            for (JsonNode a : assignments) {
                serves |= a.path("counterNo").asInt() == n && a.path("categoryCode").asText().equals("GENERAL");
            }
            if (!serves) {
                assignments.addObject().put("counterNo", n).put("categoryCode", "GENERAL").put("weight", 1)
                        .put("priorityCounter", false);
            }
        }
        ObjectNode change = json.createObjectNode();
        change.put("expectedVersion", current.path("version").asLong());
        change.set("settings", settings);
        send(HttpRequest.newBuilder(URI.create(base + "/api/queue/settings")).header("Authorization",
                "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change.toString())), 200);
    }

    private Board openBoard() throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/public/queue/events"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("board stream refused: " + r.statusCode());
        }
        Board b = new Board(r);
        b.start();
        return b;
    }

    /** One number's CALLED event: when each board read it (nanoTime), and a latch opened once all boards have. */
    private static final class Arrival {
        final List<Long> at = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch all;

        Arrival(int boards) {
            all = new CountDownLatch(boards);
        }
    }

    /** One board: reads the stream and notes when each CALLED event arrives. */
    private final class Board extends Thread {
        private final HttpResponse<InputStream> response;

        Board(HttpResponse<InputStream> response) {
            super("queue-board-reader");
            setDaemon(true);
            this.response = response;
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String event = null;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:") && "CALLED".equals(event)) {
                        long now = System.nanoTime();
                        String number = json.readTree(line.substring(5).strip()).path("number").asText();
                        Arrival arrival = arrivals.computeIfAbsent(number, k -> new Arrival(boards.size()));
                        arrival.at.add(now);
                        arrival.all.countDown();
                    } else if (line.isEmpty()) {
                        event = null;
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }

        void close() {
            try {
                response.body().close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private String signIn(String user, String password, Integer counter) throws Exception {
        String body = send(post(null, "/api/sessions", json.writeValueAsString(new SignInRequest(user, password,
                counter))), 200);
        return json.readTree(body).path("token").asText();
    }

    private HttpRequest.Builder post(String token, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.request().uri() + ": " + r.statusCode() + " " + r.body());
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
}
