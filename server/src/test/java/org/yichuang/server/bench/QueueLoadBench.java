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
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.yichuang.core.api.queue.QueueSettingsChange;
import org.yichuang.core.api.queue.QueueSettingsView;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.IssuingWindow;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.queue.TicketNumber;
import org.yichuang.server.account.Tokens;
import org.yichuang.server.web.Json;

/**
 * The hall queue under load (issue 12 figures), used by bench/queue-load.sh (which starts one or two servers on one
 * database); not a test.
 *
 * <p>A queue day of N tickets (default 5,000, in ten categories, 5 % with a priority reason) is written straight into
 * the database, then 200 counters — each its own session and HTTP connection, each serving two categories with
 * weights — run the counter's loop (call next, start, finish) over loopback HTTP until the queue is empty; first all
 * on one server, then alternately on two servers sharing the database, each time on a fresh day of N tickets (the
 * script starts the second server only after the one-server runs, so that they measure one instance alone). Each
 * arrangement runs twice: paced (a think time between steps, exponentially distributed around a mean, like clerks)
 * and back to back (no think time: the throughput limit, where latency is the queue in front of the pool by Little's
 * law). Every run checks exactly-once: no ticket reaches two counters (by the answers and by the CALLED events) and
 * none is left waiting. Then ticket issue (POST /api/queue/tickets) by a number of reception clients back to back
 * for a number of seconds, with its rate in each second. Each figure stands next to pgbench's single-row INSERT rate
 * with the same client count on the same cluster (at most as many clients as the cluster's max_connections leaves).
 */
public final class QueueLoadBench {
    private static final int CATEGORIES = 10;

    private final ObjectMapper json = Json.newObjectMapper();
    private final Connection db;
    private final long hallId;
    private final long windowStaffId;
    /** One per server process, each with the cluster's postmaster; empty when the script did not say the pids. */
    private final List<CpuMeter> meters;

    private QueueLoadBench(Connection db, long hallId, long windowStaffId, List<CpuMeter> meters) {
        this.db = db;
        this.hallId = hallId;
        this.windowStaffId = windowStaffId;
        this.meters = meters;
    }

    /**
     * Arguments: baseUrlA baseUrlB dataDir counters tickets thinkMs issueClients issueSeconds pgbenchSeconds
     * [phase] (baseUrlB "-" for none). Phase {@code one}: the one-server runs only; {@code two}: the two-server runs,
     * then ticket issue; {@code all} (the default): everything the servers given allow.
     */
    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        String a = args[0];
        String b = args[1].equals("-") ? null : args[1];
        Path dataDir = Path.of(args[2]);
        int counters = Integer.parseInt(args[3]);
        int tickets = Integer.parseInt(args[4]);
        int thinkMs = Integer.parseInt(args[5]);
        int issueClients = Integer.parseInt(args[6]);
        int issueSeconds = Integer.parseInt(args[7]);
        int pgbenchSeconds = Integer.parseInt(args[8]);
        String phase = args.length > 9 ? args[9] : "all";
        List<String> postmaster = Files.readAllLines(dataDir.resolve("pgdata").resolve("postmaster.pid"));
        int pgPort = Integer.parseInt(postmaster.get(3).strip());
        Properties accounts = load(dataDir.resolve("demo-accounts.properties"));
        String appPassword = load(dataDir.resolve("pgdata").resolve("yichuang-db.secret")).getProperty("app");
        Pgbench pgbench = new Pgbench(pgPort, appPassword, dataDir);

        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/yichuang",
                "yichuang", appPassword)) {
            long hall = one(db, "SELECT id FROM halls ORDER BY id LIMIT 1");
            long window = one(db, "SELECT id FROM staff WHERE username = '"
                    + accounts.getProperty("WINDOW.username").replace("'", "''") + "'");
            long postmasterPid = Long.parseLong(postmaster.get(0).strip());
            String pids = System.getenv("QUEUE_BENCH_SERVER_PIDS");
            List<CpuMeter> meters = pids == null || pids.isBlank() ? List.of()
                    : Arrays.stream(pids.trim().split("\\s+")).map(p -> new CpuMeter(Long.parseLong(p), postmasterPid))
                            .toList();
            QueueLoadBench bench = new QueueLoadBench(db, hall, window, meters);
            List<String> tokens = bench.counters(counters);
            String admin = bench.signIn(a, accounts.getProperty("ADMIN.username"),
                    accounts.getProperty("ADMIN.password"));
            bench.settings(a, admin, counters);
            LocalDate day = bench.queueDay(a, tokens.get(0));
            int pgClients = Math.min(counters, Pgbench.clientsAllowed(db));
            double inserts = pgbench.singleInsert(pgClients, pgbenchSeconds).perSecond();
            System.out.printf("pgbench single-row INSERT, %d clients: %.0f/s%s%n", pgClients, inserts,
                    pgClients < counters ? " (the cluster's max_connections leaves no room for " + counters + ")"
                            : "");

            List<List<String>> arrangements = new ArrayList<>();
            if (!phase.equals("two")) {
                arrangements.add(List.of(a));
            }
            if (b != null && !phase.equals("one")) {
                arrangements.add(List.of(a, b));
            }
            // JIT warm-up, not reported: on every arrangement one round back to back (many iterations quickly) and
            // one paced (the measured shape), then until the servers are quiet, so that the measured runs do not share
            // the two cores with the compiler. Back-to-back rounds alone left C2 behind: with both cores busy its
            // queue grew and its tasks went stale in the pauses between rounds, and the measured paced run began with
            // ~600 C2 compilations (a sixth of the machine's CPU in a perf profile of that run).
            // (BENCH_SHORT: none; the short mode only shows that the bench runs)
            if (!"1".equals(System.getenv("BENCH_SHORT"))) {
                for (List<String> servers : arrangements) {
                    for (int think : new int[] {0, thinkMs}) {
                        bench.seed(day, Math.max(tickets, counters * 5));
                        bench.run(servers, tokens, think);
                    }
                }
                ServerQuiet.await(pids);
            }
            System.out.printf("warm-up done at %.0f s%n", (System.nanoTime() - began) / 1e9);
            for (List<String> servers : arrangements) {
                for (int think : new int[] {thinkMs, 0}) {
                    int seeded = bench.seed(day, tickets);
                    Run r = bench.run(servers, tokens, think);
                    String how = think > 0 ? "paced (think time mean " + think + " ms between steps)"
                            : "back to back (no think time)";
                    System.out.printf("FIGURE queue-call-next %d counters, %d server instance%s, %s, day of %d "
                            + "waiting tickets: call next p50 %.1f ms, p99 %.1f ms (target p99 < 15 ms); %.0f calls/s, "
                            + "%.0f requests/s (call, start, finish; start/finish p99 %.1f ms); pgbench single-row "
                            + "INSERT %.0f/s with %d clients; ratio %.3f (calls) %.3f (requests); exactly once: %s%s%n",
                            counters, servers.size(), servers.size() == 1 ? "" : "s", how, seeded, r.callP50(),
                            r.callP99(), r.callRate(), r.requestRate(), r.otherP99(), inserts, pgClients,
                            r.callRate() / inserts, r.requestRate() / inserts, r.exactlyOnce(), r.cpu());
                }
            }
            if (phase.equals("one")) {
                return;
            }
            bench.timeFigures(a, admin, day);
            int issuePg = Math.min(issueClients, Pgbench.clientsAllowed(db));
            double issueInserts = pgbench.singleInsert(issuePg, pgbenchSeconds).perSecond();
            // the statistics a hall has in the morning: taken while no ticket was open (every call run has ended).
            // Autovacuum took them so in some runs only, and on them a self-join in the people-ahead count went
            // quadratic (40 tickets/s); now every run issues on them
            try (Statement s = db.createStatement()) {
                s.execute("ANALYZE tickets");
            }
            Issue issue = bench.issue(a, tokens.subList(0, issueClients), issueSeconds);
            System.out.printf("FIGURE queue-issue %d reception clients back to back for %d s: %.0f tickets/s "
                    + "(slowest second %d, target >= 200/s sustained), p50 %.1f ms, p99 %.1f ms; pgbench single-row "
                    + "INSERT %.0f/s with %d clients; ratio %.3f; %d answers 503 (not counted)%n", issueClients,
                    issueSeconds, issue.rate(), issue.slowestSecond(), issue.p50(), issue.p99(), issueInserts, issuePg,
                    issue.rate() / issueInserts, issue.unavailable());
        }
    }

    // ---- setup

    /** Registers counters 1..n and opens a window clerk session at each (straight into sessions: not measured). */
    private List<String> counters(int n) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO counters (hall_id, number, name) "
                + "SELECT ?, g, g || '号窗口' FROM generate_series(1, ?) g ON CONFLICT DO NOTHING")) {
            ps.setLong(1, hallId);
            ps.setInt(2, n);
            ps.executeUpdate();
        }
        Tokens tokens = new Tokens(new SecureRandom());
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO sessions (token_hash, staff_id, counter_id, "
                + "created_at, expires_at) SELECT ?, ?, id, now(), now() + interval '12 hours' FROM counters "
                + "WHERE hall_id = ? AND number = ?")) {
            for (int c = 1; c <= n; c++) {
                String token = tokens.newToken();
                ps.setString(1, Tokens.fingerprint(token));
                ps.setLong(2, windowStaffId);
                ps.setLong(3, hallId);
                ps.setInt(4, c);
                ps.addBatch();
                out.add(token);
            }
            ps.executeBatch();
        }
        return out;
    }

    /**
     * Ten categories issuing all day (but across the 03:00 reset); counter n serves category n mod 10 with weight 2
     * and category (n + 3) mod 10 with weight 1, so every category has 40 counters and queues overlap.
     */
    private void settings(String base, String admin, int counters) throws Exception {
        QueueSettingsView current = json.readValue(send(HttpClient.newHttpClient(), get(base,
                "/api/queue/settings", admin), 200), QueueSettingsView.class);
        QueueSettings d = current.settings();
        List<IssuingWindow> allDay = List.of(new IssuingWindow(LocalTime.MIN, LocalTime.of(3, 0)),
                new IssuingWindow(LocalTime.of(3, 0, 1), LocalTime.of(23, 59, 59)));
        List<QueueCategory> categories = new ArrayList<>();
        for (int i = 0; i < CATEGORIES; i++) {
            categories.add(new QueueCategory(category(i), "业务" + (i + 1), (char) ('A' + i), List.of(), allDay,
                    null, false, true));
        }
        List<CounterAssignment> assignments = new ArrayList<>();
        for (int n = 1; n <= counters; n++) {
            assignments.add(new CounterAssignment(n, category(n % CATEGORIES), 2, false));
            assignments.add(new CounterAssignment(n, category((n + 3) % CATEGORIES), 1, false));
        }
        QueueSettings s = new QueueSettings(categories, assignments, d.priority(), d.ordering(), d.elderly(),
                d.missed(), d.holdTime(), d.dayReset(), d.booking());
        send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(base + "/api/queue/settings"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(
                        new QueueSettingsChange(current.version(), s)))).build(), 200);
    }

    private static String category(int i) {
        return "CAT" + i;
    }

    /** Issues one ticket through the API, which also tells the queue day; it is part of the first day's queue. */
    private LocalDate queueDay(String base, String token) throws Exception {
        String body = send(HttpClient.newHttpClient(), post(base, "/api/queue/tickets", token,
                Map.of("categoryCode", category(0))), 201);
        return LocalDate.parse(json.readTree(body).path("serviceDay").asText());
    }

    /**
     * Writes {@code n} more waiting tickets of the day with their ISSUED events, spread over the categories and the
     * last two hours, 5 % with a priority reason; returns how many tickets now wait.
     */
    private int seed(LocalDate day, int n) throws Exception {
        db.setAutoCommit(false);
        try {
            int[] last = new int[CATEGORIES];
            try (PreparedStatement ps = db.prepareStatement("SELECT last_sequence FROM queue_sequences "
                    + "WHERE hall_id = ? AND service_day = ? AND category_code = ? FOR UPDATE")) {
                for (int c = 0; c < CATEGORIES; c++) {
                    ps.setLong(1, hallId);
                    ps.setObject(2, day);
                    ps.setString(3, category(c));
                    try (ResultSet rs = ps.executeQuery()) {
                        last[c] = rs.next() ? rs.getInt(1) : 0;
                    }
                }
            }
            long before = one(db, "SELECT coalesce(max(id), 0) FROM tickets");
            Instant now = Instant.now();
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO tickets (hall_id, service_day, "
                    + "issued_category, category_code, sequence, number, status, priority_reason, issued_at, "
                    + "queued_at) VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    int c = i % CATEGORIES;
                    int seq = ++last[c];
                    Timestamp at = Timestamp.from(now.minusMillis(7_200_000L * (n - i) / n));
                    ps.setLong(1, hallId);
                    ps.setObject(2, day);
                    ps.setString(3, category(c));
                    ps.setString(4, category(c));
                    ps.setInt(5, seq);
                    ps.setString(6, new TicketNumber((char) ('A' + c), seq).toString());
                    ps.setString(7, i % 20 == 7 ? "DISABLED" : null);
                    ps.setTimestamp(8, at);
                    ps.setTimestamp(9, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO queue_sequences (hall_id, service_day, "
                    + "category_code, last_sequence) VALUES (?, ?, ?, ?) ON CONFLICT (hall_id, service_day, "
                    + "category_code) DO UPDATE SET last_sequence = EXCLUDED.last_sequence")) {
                for (int c = 0; c < CATEGORIES; c++) {
                    ps.setLong(1, hallId);
                    ps.setObject(2, day);
                    ps.setString(3, category(c));
                    ps.setInt(4, last[c]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate("INSERT INTO queue_events (hall_id, at, kind, ticket_id, payload) SELECT hall_id, "
                        + "issued_at, 'ISSUED', id, jsonb_build_object('number', number, 'category', category_code, "
                        + "'status', 'WAITING') FROM tickets WHERE id > " + before + " ORDER BY id");
                s.execute("ANALYZE tickets");
            }
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        // a day's tickets arrive over hours, with autovacuum keeping up; 5,000 rows inserted at once would have it
        // (and the visibility map's first reads) start in the first seconds of the measured run instead
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM (ANALYZE) tickets, queue_events");
        }
        return (int) one(db, "SELECT count(*) FROM tickets WHERE status = 'WAITING'");
    }

    // ---- call next

    private record Run(double callP50, double callP99, double otherP99, double callRate, double requestRate,
            String exactlyOnce, String cpu) {
    }

    /** The CPU of every process on the machine's cores, read before and after a run. */
    private record CpuUse(double serversMs, double jitGcMs, double postgresMs, double benchMs, long nanos) {
    }

    private CpuUse cpuNow() throws IOException {
        double servers = 0;
        double jitGc = 0;
        double postgres = 0;
        for (CpuMeter m : meters) {
            CpuMeter.Reading r = m.read();
            servers += r.serverMs();
            jitGc += r.jitGcMs();
            postgres = r.postgresMs();   // the same cluster in every reading
        }
        double bench = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0);
        return new CpuUse(servers, jitGc, postgres, bench, System.nanoTime());
    }

    /**
     * The CPU each answered request cost, split by process: the figure to compare code by on a machine whose wall
     * clock times move from run to run (the tail follows how busy the two cores are).
     */
    private String cpuPerRequest(CpuUse before, CpuUse after, int requests) {
        if (meters.isEmpty() || requests == 0) {
            return "";
        }
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        double servers = after.serversMs() - before.serversMs();
        double postgres = after.postgresMs() - before.postgresMs();
        double bench = after.benchMs() - before.benchMs();
        return String.format("; CPU per request: servers %.2f ms (JIT and GC threads %.2f), PostgreSQL %.2f ms, load "
                + "generator %.2f ms; cores busy with these %.2f of %d", servers / requests,
                (after.jitGcMs() - before.jitGcMs()) / requests, postgres / requests, bench / requests,
                (servers + postgres + bench) / 1000 / seconds, Runtime.getRuntime().availableProcessors());
    }

    /** Every counter calls, starts and finishes until its queue is empty; counter c uses servers[c % size]. */
    private Run run(List<String> servers, List<String> tokens, int thinkMs) throws Exception {
        Set<Long> waiting = new HashSet<>(ids("SELECT id FROM tickets WHERE status = 'WAITING'"));
        ConcurrentLinkedQueue<Long> called = new ConcurrentLinkedQueue<>();
        long[][] callNanos = new long[tokens.size()][];
        long[][] callAt = new long[tokens.size()][];
        long[][] otherNanos = new long[tokens.size()][];
        int[] calls = new int[tokens.size()];
        int[] others = new int[tokens.size()];
        AtomicInteger unavailable = new AtomicInteger();
        long[] startedAt = new long[1];
        // the day starts once every counter's screen has loaded its panel (connected, as a counter is all day)
        CyclicBarrier opening = new CyclicBarrier(tokens.size(), () -> {
            startedAt[0] = System.nanoTime();
            if (System.getenv("QUEUE_BENCH_TIMELINE") != null) {   // to set beside the server's and PostgreSQL's logs
                System.out.println("  run starts at " + java.time.LocalTime.now());
            }
        });
        long[] lastCallAt = new long[tokens.size()];
        CpuUse cpuBefore = cpuNow();
        parallel(tokens.size(), c -> {
            String token = tokens.get(c);
            callNanos[c] = new long[64];
            callAt[c] = new long[64];
            otherNanos[c] = new long[128];
            try (BenchHttp http = new BenchHttp(servers.get(c % servers.size()))) {
                BenchHttp.Response panel = http.get("/api/queue/counter", token);
                // 200 screens opening at once on a server that has not served yet may find its pool busy past the
                // 1.5 s limit (503 DATABASE_UNAVAILABLE): the screen says so and the clerk opens it again
                for (int again = 0; panel.status() == 503 && again < 20; again++) {
                    unavailable.incrementAndGet();
                    panel = http.get("/api/queue/counter", token);
                }
                if (panel.status() != 200) {
                    throw new IllegalStateException("the counter's panel answered " + panel.status());
                }
                opening.await(120, java.util.concurrent.TimeUnit.SECONDS);
                long start = startedAt[0];
                if (thinkMs > 0) {
                    // counters are somewhere in their call → start → finish cycle when the measurement begins, not
                    // all about to call: each joins at a random point of one cycle (three think times), else the
                    // first second holds three times the steady rate of calls
                    Thread.sleep(ThreadLocalRandom.current().nextLong(3L * thinkMs));
                }
                while (true) {
                    think(thinkMs);
                    long t0 = System.nanoTime();
                    BenchHttp.Response r = http.post("/api/queue/counter/next", token, "{}");
                    long t1 = System.nanoTime();
                    callAt[c] = add(callAt[c], calls[c], t0 - start);
                    callNanos[c] = add(callNanos[c], calls[c]++, t1 - t0);
                    if (r.status() == 503) {
                        // no pooled connection within the server's 1.5 s: nothing began, the clerk presses again
                        calls[c]--;
                        unavailable.incrementAndGet();
                        continue;
                    }
                    if (r.status() != 200) {
                        if (r.body().contains("QUEUE_EMPTY")) {
                            calls[c]--;   // the empty answer ends this counter's day; it is not a call
                            return;
                        }
                        throw new IllegalStateException("call next answered " + r.status() + ": " + r.body());
                    }
                    lastCallAt[c] = t1;
                    long id = json.readTree(r.body()).path("id").asLong();
                    called.add(id);
                    for (String step : new String[] {"start", "finish"}) {
                        think(thinkMs);
                        BenchHttp.Response s;
                        do {
                            long s0 = System.nanoTime();
                            s = http.post("/api/queue/tickets/" + id + "/" + step, token, "{}");
                            if (s.status() != 503) {
                                // as for call next, the times and rates are of answered requests; 503s apart
                                otherNanos[c] = add(otherNanos[c], others[c]++, System.nanoTime() - s0);
                            }
                        } while (s.status() == 503 && unavailable.incrementAndGet() > 0);
                        if (s.status() != 200) {
                            throw new IllegalStateException(step + " answered " + s.status() + ": " + s.body());
                        }
                    }
                }
            }
        });
        CpuUse cpuAfter = cpuNow();
        long end = Arrays.stream(lastCallAt).max().orElse(System.nanoTime());
        double seconds = (end - startedAt[0]) / 1e9;
        if (System.getenv("QUEUE_BENCH_TIMELINE") != null) {
            timeline(callAt, callNanos, calls);
        }
        long[] allCalls = flatten(callNanos, calls);
        long[] allOthers = flatten(otherNanos, others);
        // exactly once: by the answers, and by the events
        List<Long> list = new ArrayList<>(called);
        Set<Long> distinct = new HashSet<>(list);
        long twice = one(db, "SELECT count(*) FROM (SELECT ticket_id FROM queue_events WHERE kind = 'CALLED' "
                + "GROUP BY ticket_id HAVING count(*) > 1) x");
        long left = one(db, "SELECT count(*) FROM tickets WHERE status = 'WAITING'");
        boolean ok = distinct.size() == list.size() && distinct.equals(waiting) && twice == 0 && left == 0;
        String verdict = (ok ? "yes" : "NO") + " (" + list.size() + " calls, " + distinct.size() + " tickets of "
                + waiting.size() + " waiting, " + twice + " called twice by the events, " + left + " left waiting; "
                + unavailable.get() + " answers 503 DATABASE_UNAVAILABLE, pressed again)";
        if (!ok) {
            throw new IllegalStateException("exactly once violated: " + verdict);
        }
        return new Run(percentile(allCalls, 50), percentile(allCalls, 99), percentile(allOthers, 99),
                allCalls.length / seconds, (allCalls.length + allOthers.length) / seconds, verdict,
                cpuPerRequest(cpuBefore, cpuAfter, allCalls.length + allOthers.length));
    }

    /**
     * Diagnostics (QUEUE_BENCH_TIMELINE=1): per second of the run, the calls, their p99 and max, and how many took
     * 15 ms or more; shows whether the tail is spread over the run or bunched (start, a GC, a checkpoint).
     */
    private static void timeline(long[][] at, long[][] nanos, int[] counts) {
        java.util.TreeMap<Long, List<Long>> bySecond = new java.util.TreeMap<>();
        for (int c = 0; c < at.length; c++) {
            for (int i = 0; i < counts[c]; i++) {
                bySecond.computeIfAbsent(at[c][i] / 1_000_000_000L, k -> new ArrayList<>()).add(nanos[c][i]);
            }
        }
        bySecond.forEach((second, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            long slow = list.stream().filter(n -> n >= 15_000_000L).count();
            System.out.printf("  second %3d: %4d calls, p99 %6.1f ms, max %6.1f ms, %3d at 15 ms or more%n", second,
                    sorted.length, percentile(sorted, 99), sorted[sorted.length - 1] / 1e6, slow);
        });
    }

    private static void think(int meanMs) throws InterruptedException {
        if (meanMs > 0) {
            double ms = -meanMs * Math.log(1 - ThreadLocalRandom.current().nextDouble());
            Thread.sleep(Math.min((long) ms, meanMs * 10L));
        }
    }

    // ---- ticket issue

    private record Issue(double rate, int slowestSecond, double p50, double p99, int unavailable) {
    }

    private Issue issue(String base, List<String> tokens, int seconds) throws Exception {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int[] perSecond = new int[seconds + 1];
        long[][] nanos = new long[tokens.size()][];
        int[] done = new int[tokens.size()];
        AtomicInteger unavailable = new AtomicInteger();
        parallel(tokens.size(), c -> {
            nanos[c] = new long[1024];
            int i = c;
            try (BenchHttp http = new BenchHttp(base)) {
                while (System.nanoTime() < end) {
                    String body = json.writeValueAsString(Map.of("categoryCode", category(i++ % CATEGORIES)));
                    long t0 = System.nanoTime();
                    BenchHttp.Response r = http.post("/api/queue/tickets", tokens.get(c), body);
                    long t1 = System.nanoTime();
                    if (r.status() == 503) {
                        unavailable.incrementAndGet();
                        continue;
                    }
                    if (r.status() != 201) {
                        throw new IllegalStateException("issue answered " + r.status() + ": " + r.body());
                    }
                    nanos[c] = add(nanos[c], done[c]++, t1 - t0);
                    int second = (int) ((t1 - start) / 1_000_000_000L);
                    synchronized (perSecond) {
                        perSecond[Math.min(second, seconds)]++;
                    }
                }
            }
        });
        long[] all = flatten(nanos, done);
        int slowest = Arrays.stream(perSecond, 0, seconds).min().orElse(0);
        return new Issue(all.length / ((System.nanoTime() - start) / 1e9), slowest, percentile(all, 50),
                percentile(all, 99), unavailable.get());
    }

    /** Times the day's figures (GET /api/queue/figures) on the day the runs left behind. */
    private void timeFigures(String base, String admin, LocalDate day) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long events = one(db, "SELECT count(*) FROM queue_events");
        long best = Long.MAX_VALUE;
        JsonNode total = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            String body = send(http, get(base, "/api/queue/figures?day=" + day, admin), 200);
            best = Math.min(best, System.nanoTime() - t0);
            total = json.readTree(body).path("total");
        }
        System.out.printf("queue figures of the day (%d events): GET /api/queue/figures %.0f ms (best of 3); "
                + "%d called, mean wait %.0f s, %d served%n", events, best / 1e6, total.path("called").asInt(),
                total.path("waitingMs").asLong() / 1000.0 / Math.max(1, total.path("called").asInt()),
                total.path("served").asInt());
    }

    // ---- helpers

    private interface ClientWork {
        void run(int client) throws Exception;
    }

    private static void parallel(int clients, ClientWork work) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                try {
                    work.run(client);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }, "queue-client-" + c).start();
        }
        finished.await();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static long[] add(long[] a, int i, long v) {
        long[] out = i < a.length ? a : Arrays.copyOf(a, a.length * 2);
        out[i] = v;
        return out;
    }

    private static long[] flatten(long[][] parts, int[] counts) {
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < parts.length; c++) {
            System.arraycopy(parts[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return all;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private List<Long> ids(String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static long one(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private HttpRequest post(String base, String path, String token, Object body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        return (token == null ? b : b.header("Authorization", "Bearer " + token)).build();
    }

    private static HttpRequest get(String base, String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET()
                .build();
    }

    private String signIn(String base, String user, String password) throws Exception {
        String body = send(HttpClient.newHttpClient(), post(base, "/api/sessions", null,
                Map.of("username", user, "password", password)), 200);
        return json.readTree(body).path("token").asText();
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != expected) {
            throw new IllegalStateException("unexpected answer " + r.statusCode() + " from " + request.uri() + ": "
                    + r.body());
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
