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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.server.web.Json;

/**
 * A state transition (开始审查, POST /api/cases/{caseNo}/transitions with START_REVIEW) under concurrent clerks, next
 * to PostgreSQL's own single-row INSERT rate (pgbench, a custom one-statement script) with the same number of clients
 * on the same cluster. Used by bench/server-transition.sh (which starts the server); not a test.
 *
 * <p>Each client is one window clerk session and one back-office session, each with its own HTTP connection. The
 * clerk first receives a stock of cases (POST /api/cases) and accepts them at intake with the item's whole checklist
 * (POST /api/cases/{caseNo}/intake: since issue 10 the transitions route refuses 受理 without a checklist); neither is
 * the figure, the intake's times are printed apart. Then the back office starts the review of each case back to
 * back, each with a new idempotency key: every request is one transaction that locks the case, checks state and role,
 * computes both due dates and the step clock, writes the transition row and the audit row and refreshes the 红黄牌
 * level.
 */
public final class TransitionBench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String base;
    private final ObjectMapper json = Json.newObjectMapper();
    private final AtomicLong serial = new AtomicLong();
    private List<String> items = List.of();
    private final java.util.Map<String, List<MaterialCheck>> checklists = new java.util.HashMap<>();
    private final java.util.Map<String, String> itemOf = new java.util.concurrent.ConcurrentHashMap<>();

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
        List<String> tokens = new ArrayList<>();
        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tokens.add(bench.signIn(accounts.getProperty("WINDOW.username"), accounts.getProperty("WINDOW.password"),
                    i % 4 + 1));
            reviewers.add(bench.signIn(accounts.getProperty("BACK_OFFICE.username"),
                    accounts.getProperty("BACK_OFFICE.password"), null));
        }
        // every item of the demo catalog in turn: one item takes at most 9,999 cases a day
        bench.items = bench.itemCodes(tokens.get(0));
        for (String code : bench.items) {
            bench.checklists.put(code, bench.checklist(tokens.get(0), code));
        }
        // let the JIT compile the request paths before anything is measured
        List<List<String>> warm = bench.receive(tokens, warmup * 4);
        bench.intake(tokens, warm);
        bench.run(reviewers, warm, warmup * 4, CaseAction.START_REVIEW);
        List<List<String>> stock = bench.receive(tokens, seconds * 2);
        Result intake = bench.intake(tokens, stock);
        System.out.printf("intake (preparation, not the figure) %d clients: %.0f/s, p50 %.1f ms, p95 %.1f ms "
                + "(%d cases)%n", clients, intake.rate(), intake.p50Ms(), intake.p95Ms(), intake.count());
        CpuMeter.Reading before = cpu.read();
        long benchBefore = ownCpuNanos();
        Result r = bench.run(reviewers, stock, seconds, CaseAction.START_REVIEW);
        CpuMeter.Reading after = cpu.read();
        long benchAfter = ownCpuNanos();
        double inserts = new Pgbench(pgPort, secrets.getProperty("app"), dataDir).insertRate(clients, seconds);
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

    /** Each client receives cases for {@code seconds}; returns each client's case numbers. */
    private List<List<String>> receive(List<String> tokens, int seconds) throws Exception {
        List<List<String>> out = new ArrayList<>();
        tokens.forEach(t -> out.add(new ArrayList<>()));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        parallel(tokens.size(), c -> {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            while (System.nanoTime() < end) {
                long n = serial.incrementAndGet();
                String item = items.get((int) (n % items.size()));
                String body = send(http, newCase(tokens.get(c), n, item), 201);
                String caseNo = json.readTree(body).path("caseNo").asText();
                itemOf.put(caseNo, item);
                out.get(c).add(caseNo);
            }
        });
        return out;
    }

    /** Each clerk accepts all its own cases at intake, with the item's whole checklist; the times of the intakes. */
    private Result intake(List<String> tokens, List<List<String>> cases) throws Exception {
        return timed(tokens, cases, Integer.MAX_VALUE, (token, caseNo) -> post(token, "/api/cases/" + caseNo
                + "/intake", json.writeValueAsBytes(IntakeSubmission.of(UUID.randomUUID().toString(),
                IntakeRequest.of(IntakeOutcome.ACCEPT, checklists.get(itemOf.get(caseNo))).withIntentAsked(true)))));
    }

    /** Each client takes {@code action} on its own cases until they run out or {@code seconds} pass. */
    private Result run(List<String> tokens, List<List<String>> cases, int seconds, CaseAction action)
            throws Exception {
        return timed(tokens, cases, seconds, (token, caseNo) -> post(token, "/api/cases/" + caseNo + "/transitions",
                json.writeValueAsBytes(CaseTransitionRequest.of(action, UUID.randomUUID().toString()))));
    }

    private interface Requests {
        HttpRequest of(String token, String caseNo) throws IOException;
    }

    /** Each client sends its own cases' requests until they run out or {@code seconds} pass; their times. */
    private Result timed(List<String> tokens, List<List<String>> cases, int seconds, Requests requests)
            throws Exception {
        long[][] nanos = new long[tokens.size()][];
        int[] done = new int[tokens.size()];
        long end = seconds == Integer.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        parallel(tokens.size(), c -> {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> mine = cases.get(c);
            nanos[c] = new long[mine.size()];
            int i = 0;
            while (i < mine.size() && System.nanoTime() < end) {
                HttpRequest request = requests.of(tokens.get(c), mine.get(i));
                long t0 = System.nanoTime();
                send(http, request, 200);
                nanos[c][i++] = System.nanoTime() - t0;
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

    private HttpRequest newCase(String token, long n, String item) throws IOException {
        String first17 = String.format("%06d", 110101 + (int) (n / 28_000 % 900)) + (19500101 + n % 28)
                + String.format("%03d", n / 28 % 1000);
        NewCase c = new NewCase(UUID.randomUUID().toString(), item,
                new ApplicantInput("测试申请人", first17 + IdNumber.checkDigit(first17), null), null);
        return post(token, "/api/cases", json.writeValueAsBytes(c));
    }

    /** The item's whole checklist as intake wants it: required materials received, conditional ones not applicable. */
    private List<MaterialCheck> checklist(String token, String code) throws Exception {
        String body = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(base + "/api/items/" + code))
                .header("Authorization", "Bearer " + token).GET().build(), 200);
        List<MaterialCheck> out = new ArrayList<>();
        json.readTree(body).path("item").path("materials").forEach(m -> out.add(m.path("required").asBoolean()
                ? MaterialCheck.received(m.path("name").asText(), 1, 1, 2)
                : MaterialCheck.notApplicable(m.path("name").asText())));
        return out;
    }

    private HttpRequest post(String token, String path, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return (token == null ? b : b.header("Authorization", "Bearer " + token)).build();
    }

    private List<String> itemCodes(String token) throws Exception {
        String body = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(base + "/api/items"))
                .header("Authorization", "Bearer " + token).GET().build(), 200);
        List<String> codes = new ArrayList<>();
        json.readTree(body).forEach(i -> codes.add(i.path("implementationCode").asText()));
        if (codes.isEmpty()) {
            throw new IllegalStateException("no service items: was the server started with --demo-data?");
        }
        return codes;
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

    /**
     * pgbench against the server's own cluster and database, as the application role: one durable single-row INSERT
     * per transaction into a scratch table that is dropped afterwards.
     */
    private record Pgbench(int port, String password, Path dir) {
        double insertRate(int clients, int seconds) throws Exception {
            Path setup = script("setup.sql", "CREATE TABLE IF NOT EXISTS bench_single_insert "
                    + "(id bigserial PRIMARY KEY, v integer NOT NULL, at timestamptz NOT NULL DEFAULT now());");
            Path insert = script("insert.sql", "\\set v random(1, 1000000)\n"
                    + "INSERT INTO bench_single_insert (v) VALUES (:v);");
            Path drop = script("drop.sql", "DROP TABLE IF EXISTS bench_single_insert;");
            run(List.of("pgbench", "-n", "-t", "1", "-f", setup.toString()));
            try {
                String out = run(List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j",
                        String.valueOf(clients), "-T", String.valueOf(seconds), "-f", insert.toString()));
                Matcher m = TPS.matcher(out);
                if (!m.find()) {
                    throw new IllegalStateException("no tps in pgbench's output:\n" + out);
                }
                return Double.parseDouble(m.group(1));
            } finally {
                run(List.of("pgbench", "-n", "-t", "1", "-f", drop.toString()));
            }
        }

        private Path script(String name, String text) throws IOException {
            Path file = dir.resolve("pgbench-" + name);
            Files.writeString(file, text + "\n");
            return file;
        }

        private String run(List<String> command) throws Exception {
            List<String> full = new ArrayList<>(command);
            full.addAll(List.of("-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "yichuang", "yichuang"));
            ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
            pb.environment().put("PGPASSWORD", password);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + out);
            }
            return out;
        }
    }
}
