package org.yichuang.server.bench;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.server.web.Json;

/**
 * A state transition (开始审查, POST /api/cases/{caseNo}/transitions with START_REVIEW) under concurrent clerks, next
 * to PostgreSQL's own single-row INSERT rate (pgbench, a custom one-statement script) with the same number of clients
 * on the same cluster. Used by bench/server-transition.sh (which starts the server); not a test.
 *
 * <p>The accepted cases the clerks review are seeded straight into the server's database (one INSERT over
 * generate_series, as bench/supervisor-alerts.sh seeds), not the figure: accepting them at intake renders the
 * acceptance notice's PDFs, which took about 80 s in the short mode and an hour in the full one. They are accepted
 * today under every item of the demo catalog in turn, with due dates on the current calendar version, each client
 * owning its own. Each client is one back-office session with its own HTTP connection, starting the review of its
 * cases back to back, each with a new idempotency key: every request is one transaction that locks the case, checks
 * state and role, computes the step clock, writes the transition row and the audit row and refreshes the 红黄牌
 * level.
 */
public final class TransitionBench {

    private final String base;
    private final ObjectMapper json = Json.newObjectMapper();

    private TransitionBench(String base) {
        this.base = base;
    }

    /** Arguments: baseUrl dataDir serverPid clients seconds warmupSeconds. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path dataDir = Path.of(args[1]);
        long serverPid = Long.parseLong(args[2]);
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        List<String> postmaster = Files.readAllLines(dataDir.resolve("pgdata").resolve("postmaster.pid"));
        int pgPort = Integer.parseInt(postmaster.get(3).strip());
        CpuMeter cpu = new CpuMeter(serverPid, Long.parseLong(postmaster.get(0).strip()));
        Properties accounts = load(dataDir.resolve("demo-accounts.properties"));
        Properties secrets = load(dataDir.resolve("pgdata").resolve("yichuang-db.secret"));

        TransitionBench bench = new TransitionBench(base);
        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            reviewers.add(bench.signIn(accounts.getProperty("BACK_OFFICE.username"),
                    accounts.getProperty("BACK_OFFICE.password"), null));
        }
        // enough cases for every phase at 200-400 transitions per second per client (the runs end by time or when a
        // client's cases run out)
        String jdbc = "jdbc:postgresql://127.0.0.1:" + pgPort + "/yichuang";
        long s0 = System.nanoTime();
        List<List<String>> warm;
        List<List<String>> stock;
        try (Connection db = DriverManager.getConnection(jdbc, "yichuang", secrets.getProperty("app"))) {
            String clerk = accounts.getProperty("WINDOW.username");
            warm = seedAccepted(db, clerk, "W", clients, clients * warmup * 4 * 200);
            stock = seedAccepted(db, clerk, "M", clients, clients * seconds * 400);
            try (Statement st = db.createStatement()) {
                st.execute("VACUUM ANALYZE cases");
                st.execute("VACUUM ANALYZE case_clocks");
            }
        }
        System.out.printf("seeded %,d accepted cases straight into PostgreSQL (preparation, not the figure) in "
                + "%.1f s%n", warm.stream().mapToInt(List::size).sum() + stock.stream().mapToInt(List::size).sum(),
                (System.nanoTime() - s0) / 1e9);
        // let the JIT compile the request paths before anything is measured (4 x warmup: 40 s, as before)
        bench.run(reviewers, warm, warmup * 4, CaseAction.START_REVIEW);
        CpuMeter.Reading before = cpu.read();
        long benchBefore = ownCpuNanos();
        Result r = bench.run(reviewers, stock, seconds, CaseAction.START_REVIEW);
        CpuMeter.Reading after = cpu.read();
        long benchAfter = ownCpuNanos();
        double inserts = new Pgbench(pgPort, secrets.getProperty("app"), dataDir).singleInsert(clients, seconds).perSecond();
        double n = r.count();
        // on 2 cores the three processes share the CPU: where a transition's time goes tells what to make cheaper
        System.out.printf("FIGURE server-transition %d clients: start review %.0f/s, p50 %.1f ms, p95 %.1f ms (%d "
                + "transitions); pgbench single-row INSERT %.0f/s; ratio %.3f; CPU per transition %.2f ms server "
                + "(%.2f ms of it JIT and GC) + %.2f ms PostgreSQL + %.2f ms this load generator%n", clients,
                r.rate(), r.p50Ms(), r.p95Ms(), r.count(), inserts, r.rate() / inserts,
                (after.serverMs() - before.serverMs()) / n, (after.jitGcMs() - before.jitGcMs()) / n,
                (after.postgresMs() - before.postgresMs()) / n, (benchAfter - benchBefore) / 1e6 / n);
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private record Result(int count, double rate, double p50Ms, double p95Ms) {
    }

    /** Each client takes {@code action} on its own cases until they run out or {@code seconds} pass. */
    private Result run(List<String> tokens, List<List<String>> cases, int seconds, CaseAction action)
            throws Exception {
        return timed(tokens, cases, seconds, caseNo -> json.writeValueAsString(
                CaseTransitionRequest.of(action, UUID.randomUUID().toString())));
    }

    private interface Bodies {
        String of(String caseNo) throws IOException;
    }

    /**
     * Each client sends its own cases' transitions until they run out or {@code seconds} pass; their times. A lean
     * keep-alive client (BenchHttp): java.net.http cost about 0.3 ms of the two cores per request, which the server's
     * latency then paid for.
     */
    private Result timed(List<String> tokens, List<List<String>> cases, int seconds, Bodies bodies)
            throws Exception {
        long[][] nanos = new long[tokens.size()][];
        int[] done = new int[tokens.size()];
        long end = seconds == Integer.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        parallel(tokens.size(), c -> {
            List<String> mine = cases.get(c);
            nanos[c] = new long[mine.size()];
            int i = 0;
            try (BenchHttp http = new BenchHttp(base)) {
                while (i < mine.size() && System.nanoTime() < end) {
                    String caseNo = mine.get(i);
                    String body = bodies.of(caseNo);
                    long t0 = System.nanoTime();
                    BenchHttp.Response r = http.post("/api/cases/" + caseNo + "/transitions", tokens.get(c), body);
                    if (r.status() != 200) {
                        throw new IllegalStateException("transition answered " + r.status() + ": " + r.body());
                    }
                    nanos[c][i++] = System.nanoTime() - t0;
                }
            }
            done[c] = i;
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(done).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < tokens.size(); c++) {
            System.arraycopy(nanos[c], 0, all, at, done[c]);
            at += done[c];
        }
        Arrays.sort(all);
        return new Result(total, total / elapsed, percentile(all, 50) / 1e6, percentile(all, 95) / 1e6);
    }

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
            }, "transition-client-" + c).start();
        }
        finished.await();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private HttpRequest post(String token, String path, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return (token == null ? b : b.header("Authorization", "Bearer " + token)).build();
    }

    /**
     * Inserts {@code count} cases accepted today (hall time) with their due dates in case_clocks, under every item
     * version of the demo catalog in turn, received by the window clerk at counters 1-4; returns their numbers dealt
     * to the clients in turn.
     */
    private static List<List<String>> seedAccepted(Connection db, String clerk, String tag, int clients, int count)
            throws SQLException {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            out.add(new ArrayList<>());
        }
        try (PreparedStatement person = db.prepareStatement("""
                INSERT INTO persons (id_number, name, created_at, updated_at)
                VALUES ('11010519491231002X', '测试申请人', now(), now()) ON CONFLICT DO NOTHING""")) {
            person.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("""
                WITH v AS (SELECT row_number() OVER (ORDER BY id) AS n, id, item_id, item->>'department' AS dep
                           FROM service_item_versions WHERE in_force),
                     nv AS (SELECT count(*) AS c FROM v),
                     co AS (SELECT array_agg(id ORDER BY number) AS ids FROM counters WHERE number BETWEEN 1 AND 4),
                     z AS (SELECT h.zone_id FROM halls h ORDER BY h.id LIMIT 1),
                     k AS (
                INSERT INTO cases (case_no, item_id, person_id, applicant_name, counter_id, staff_id, received_at,
                                   item_version_id, received_on, department, state, accepted_at, acceptance_basis)
                SELECT 'BENCH-' || ? || '-' || g, v.item_id,
                       (SELECT min(id) FROM persons WHERE id_number = '11010519491231002X'), '测试申请人',
                       co.ids[1 + g % cardinality(co.ids)], (SELECT id FROM staff WHERE username = ?),
                       now() - interval '1 hour', v.id, ((now() - interval '1 hour') AT TIME ZONE z.zone_id)::date,
                       v.dep, 'ACCEPTED', now() - interval '1 hour', 'NORMAL'
                FROM generate_series(1, ?) g CROSS JOIN nv CROSS JOIN co CROSS JOIN z
                JOIN v ON v.n = 1 + g % nv.c
                RETURNING id, staff_id, accepted_at, case_no)
            , clocks AS (
                -- the due dates (V21: in case_clocks) on the current calendar version; their exact days do not
                -- matter to a review's start, which sets the step clock and keeps them
                INSERT INTO case_clocks (case_id, staff_id, legal_due_at, promised_due_at, calendar_version)
                SELECT k.id, k.staff_id, k.accepted_at + interval '40 days', k.accepted_at + interval '28 days',
                       (SELECT max(number) FROM calendar_versions)
                FROM k)
            SELECT case_no FROM k ORDER BY id""")) {
            insert.setString(1, tag);
            insert.setString(2, clerk);
            insert.setInt(3, count);
            try (ResultSet rs = insert.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    out.get(i % clients).add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private String signIn(String user, String password, Integer counter) throws Exception {
        String body = send(HttpClient.newHttpClient(), post(null, "/api/sessions",
                json.writeValueAsBytes(new SignInRequest(user, password, counter))), 200);
        return json.readTree(body).path("token").asText();
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
        if (sorted.length == 0) {
            throw new IllegalStateException("no transitions measured");
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
