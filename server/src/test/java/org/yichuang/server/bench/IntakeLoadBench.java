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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.server.web.Json;

/**
 * Intake under load (issue 10 figure): N concurrent window clerks each receive M cases and accept each one (受理 with
 * every material in), which issues, numbers, renders (A4 + 80 mm) and stores its 材料接收凭证 and 受理通知书 in the
 * outcome's transaction. Then SQL checks on the server's database: no case number twice, no document number twice,
 * every kind's numbers consecutive from 1, every acknowledged case present and accepted with exactly its documents
 * and PDFs. Reported next to pgbench TPC-B (-s 1) with as many clients on the same cluster, as a ratio. Used by
 * bench/intake-load.sh (which starts the server); not a test.
 */
public final class IntakeLoadBench {
    /** 公共场所卫生许可证核发 of the demo catalog: 5 working days, 8 materials. */
    private static final String ITEM = "11450128MB1602185R4000104002000";

    private final String base;
    private final ObjectMapper json = Json.newObjectMapper();
    private final AtomicLong serial = new AtomicLong();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private List<MaterialCheck> checklist = List.of();

    private IntakeLoadBench(String base) {
        this.base = base;
    }

    /** Arguments: baseUrl dataDir clients casesPerClient warmupCasesPerClient pgbenchSeconds. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path dataDir = Path.of(args[1]);
        int clients = Integer.parseInt(args[2]);
        int perClient = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int pgSeconds = Integer.parseInt(args[5]);
        List<String> postmaster = Files.readAllLines(dataDir.resolve("pgdata").resolve("postmaster.pid"));
        int pgPort = Integer.parseInt(postmaster.get(3).strip());
        Properties accounts = load(dataDir.resolve("demo-accounts.properties"));
        String dbPassword = load(dataDir.resolve("pgdata").resolve("yichuang-db.secret")).getProperty("app");

        IntakeLoadBench bench = new IntakeLoadBench(base);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            // the demo hall has 4 counters: 16 clerks are 4 sessions at each
            tokens.add(bench.signIn(accounts.getProperty("WINDOW.username"), accounts.getProperty("WINDOW.password"),
                    i % 4 + 1));
        }
        bench.checklist = bench.checklist(tokens.get(0));
        // the first renders load the fonts and compile the paths: not measured (their cases are checked below too)
        bench.run(tokens, warmup);
        int refusedInWarmup = bench.refused.getAndSet(0);
        Result r = bench.run(tokens, perClient);
        Pgbench pgbench = new Pgbench(pgPort, dbPassword, dataDir);
        pgbench.initTpcb();
        double tpcb = pgbench.tpcb(clients, pgSeconds).perSecond();
        Check check = bench.check(pgPort, dbPassword);
        System.out.printf("FIGURE intake-load %d counters x %d cases: receive + accept with documents %.1f cases/s, "
                + "accept p50 %.0f ms, p95 %.0f ms (receive + accept p95 %.0f ms), %d refused (%d in warm-up); "
                + "pgbench TPC-B %.0f/s with %d clients; ratio %.4f; check: %d acknowledged cases, %d present "
                + "accepted with 2 documents and their A4 PDFs, %d duplicate case numbers, %d duplicate document numbers, "
                + "%d kinds numbered 1..n without gap of %d%n", clients, perClient, r.rate(), r.p50Ms(), r.p95Ms(),
                r.bothP95Ms(), bench.refused.get(), refusedInWarmup, tpcb, clients, r.rate() / tpcb,
                check.acknowledged(), check.complete(), check.duplicateCases(), check.duplicateNumbers(),
                check.gapFreeKinds(), check.kinds());
        if (check.complete() != check.acknowledged() || check.duplicateCases() != 0 || check.duplicateNumbers() != 0
                || check.gapFreeKinds() != check.kinds()) {
            System.err.println("intake-load: the check FAILED");
            System.exit(1);
        }
    }

    private record Result(int count, double rate, double p50Ms, double p95Ms, double bothP95Ms) {
    }

    private record Check(int acknowledged, int complete, int duplicateCases, int duplicateNumbers, int gapFreeKinds,
            int kinds) {
    }

    /** Each client receives and accepts {@code perClient} cases, back to back. */
    private Result run(List<String> tokens, int perClient) throws Exception {
        if (perClient == 0) {
            return new Result(0, 0, 0, 0, 0);
        }
        long[][] accept = new long[tokens.size()][perClient];
        long[][] both = new long[tokens.size()][perClient];
        int[] done = new int[tokens.size()];
        long start = System.nanoTime();
        parallel(tokens.size(), c -> {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int i = 0; i < perClient; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> created = http.send(newCase(tokens.get(c)), HttpResponse.BodyHandlers.ofString(
                        StandardCharsets.UTF_8));
                if (created.statusCode() != 201) {
                    refused.incrementAndGet();
                    continue;
                }
                String caseNo = json.readTree(created.body()).path("caseNo").asText();
                long t1 = System.nanoTime();
                HttpResponse<String> accepted = http.send(intake(tokens.get(c), caseNo),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                long t2 = System.nanoTime();
                if (accepted.statusCode() != 200) {
                    // not acknowledged: the counter would try again; the check expects nothing of it
                    refused.incrementAndGet();
                    System.err.println("intake-load: " + accepted.statusCode() + " " + accepted.body());
                    continue;
                }
                acknowledged.add(caseNo);
                accept[c][done[c]] = t2 - t1;
                both[c][done[c]++] = t2 - t0;
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] a = flatten(accept, done);
        long[] b = flatten(both, done);
        return new Result(a.length, a.length / elapsed, percentile(a, 50) / 1e6, percentile(a, 95) / 1e6,
                percentile(b, 95) / 1e6);
    }

    /** The SQL checks over every acknowledged case (warm-up included). */
    private Check check(int pgPort, String password) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/yichuang",
                "yichuang", password)) {
            int duplicateCases = one(db, "SELECT count(*) - count(DISTINCT case_no) FROM cases");
            int duplicateNumbers = one(db, "SELECT count(*) - count(DISTINCT (hall_id, document_number)) "
                    + "FROM case_documents");
            int kinds = one(db, "SELECT count(*) FROM (SELECT DISTINCT hall_id, kind, year FROM case_documents) k");
            int gapFree = one(db, "SELECT count(*) FROM (SELECT hall_id, kind, year FROM case_documents "
                    + "GROUP BY hall_id, kind, year HAVING min(seq) = 1 AND max(seq) = count(*) "
                    + "AND count(DISTINCT seq) = count(*)) k");
            int complete;
            try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM cases k WHERE k.case_no = ANY (?) "
                    + "AND k.state = 'ACCEPTED' "
                    + "AND (SELECT string_agg(d.kind, ',' ORDER BY d.id) FROM case_documents d WHERE d.case_id = k.id)"
                    + " = 'MATERIAL_RECEIPT,ACCEPTANCE' "
                    + "AND (SELECT count(*) FROM case_document_pdfs p JOIN case_documents d ON d.id = p.document_id "
                    + "WHERE d.case_id = k.id AND p.paper = 'A4' AND length(p.pdf) > 1000) = 2")) {
                s.setArray(1, db.createArrayOf("text", acknowledged.toArray()));
                // the 材料接收凭证's A4 is rendered just after each acceptance commits: the last ones may still be
                // under way when the counters stop
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                do {
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        complete = rs.getInt(1);
                    }
                } while (complete < acknowledged.size() && System.nanoTime() < until && pause());
            }
            return new Check(acknowledged.size(), complete, duplicateCases, duplicateNumbers, gapFree, kinds);
        }
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(200);   // polling the database for the renders after the commits; nothing to wait on from here
        return true;
    }

    private static int one(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long[] flatten(long[][] perClient, int[] done) {
        long[] all = new long[Arrays.stream(done).sum()];
        int at = 0;
        for (int c = 0; c < perClient.length; c++) {
            System.arraycopy(perClient[c], 0, all, at, done[c]);
            at += done[c];
        }
        Arrays.sort(all);
        return all;
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
            }, "intake-client-" + c).start();
        }
        finished.await();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Every material of the item received on paper, the optional ones not applicable. */
    private List<MaterialCheck> checklist(String token) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "/api/items/" + ITEM)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("item " + ITEM + ": " + r.statusCode() + " " + r.body());
        }
        JsonNode item = json.readTree(r.body());
        JsonNode materials = item.has("item") ? item.path("item").path("materials") : item.path("materials");
        List<MaterialCheck> out = new ArrayList<>();
        materials.forEach(m -> out.add(m.path("required").asBoolean()
                ? MaterialCheck.received(m.path("name").asText(), 1, 1, 2)
                : MaterialCheck.notApplicable(m.path("name").asText())));
        if (out.isEmpty()) {
            throw new IllegalStateException("no materials in " + r.body());
        }
        return out;
    }

    private HttpRequest newCase(String token) throws IOException {
        long n = serial.incrementAndGet();
        String first17 = String.format("%06d", 110101 + (int) (n / 28_000 % 900)) + (19500101 + n % 28)
                + String.format("%03d", n / 28 % 1000);
        NewCase c = new NewCase(UUID.randomUUID().toString(), ITEM,
                new ApplicantInput("测试申请人", first17 + IdNumber.checkDigit(first17), null), null);
        return post(token, "/api/cases", json.writeValueAsBytes(c));
    }

    private HttpRequest intake(String token, String caseNo) throws IOException {
        return post(token, "/api/cases/" + caseNo + "/intake", json.writeValueAsBytes(IntakeSubmission.of(
                UUID.randomUUID().toString(), IntakeRequest.of(IntakeOutcome.ACCEPT, checklist))));
    }

    private HttpRequest post(String token, String path, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return (token == null ? b : b.header("Authorization", "Bearer " + token)).build();
    }

    private String signIn(String user, String password, int counter) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(post(null, "/api/sessions",
                json.writeValueAsBytes(new SignInRequest(user, password, counter))),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in: " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body()).path("token").asText();
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
            throw new IllegalStateException("no intake acknowledged");
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
