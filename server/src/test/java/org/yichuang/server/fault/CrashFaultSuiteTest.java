package org.yichuang.server.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.core.staff.Role;
import org.yichuang.server.app.Main;
import org.yichuang.server.db.EmbeddedDatabase;
import org.yichuang.server.db.EmbeddedSettings;
import org.yichuang.server.demo.DemoAccount;
import org.yichuang.server.demo.DemoAccountsFile;
import org.yichuang.server.testing.TimeBound;
import org.yichuang.server.web.Json;

/**
 * The fault suite (故障演练): eight counters create cases while the server JVM, the postmaster, or both are killed
 * with SIGKILL; the server is restarted unattended (or restarts PostgreSQL itself). Afterwards every acknowledged
 * case is present exactly once, no retried submission made a second case, and the daily sequences have no gaps.
 * Rounds: {@code -Dyichuang.faultRounds=N} (default 3, one of each kind; the documented longer run uses 12).
 */
@TimeBound
class CrashFaultSuiteTest {
    private static final int CLIENTS = 8;
    /** Cases acknowledged under load before the kill, and again after the recovery, before the round ends. */
    private static final int ACKS_UNDER_LOAD = 40;
    private static final Duration LOAD_WAIT = Duration.ofSeconds(120);

    enum Kill { JVM, POSTMASTER, BOTH }

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final List<String> report = new ArrayList<>();
    /** Answers other than success or 503 DATABASE_UNAVAILABLE, and receipts that changed on a retry. */
    private final List<String> anomalies = java.util.Collections.synchronizedList(new ArrayList<>());
    private Process server;
    private int port;
    private int launches;
    private Instant lastStart;

    @Test
    void every_acknowledged_case_survives_kill_9_of_the_jvm_the_postmaster_and_both_exactly_once() throws Exception {
        int rounds = Integer.getInteger("yichuang.faultRounds", 3);
        Path dataDir = dir.resolve("data");
        port = freePort();
        startServer(dataDir);
        // the warm-up render's font copies go to the server's private temporary directory, not the shared /tmp
        assertThat(awaitFontCopies(dataDir)).as("AWT font copies under data/tmp after start").isPositive();
        String itemCode = firstItemCode(signIn(dataDir));
        for (int round = 1; round <= rounds; round++) {
            Kill kill = Kill.values()[(round - 1) % Kill.values().length];
            runRound(round, kill, dataDir, itemCode);
        }
        // every restart after a kill -9 removed the copies the killed server could not: all that is left was made
        // by the server running now (file times have a second's grain on some file systems)
        Instant started = lastStart.minusSeconds(2);
        try (Stream<Path> files = Files.list(dataDir.resolve("tmp"))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("+~JF")))
                    .as("font copies after %d rounds of kill -9", rounds)
                    .allSatisfy(f -> assertThat(Files.getLastModifiedTime(f).toInstant()).isAfter(started));
        }
        stopServer();
        assertThat(fontCopies(dataDir)).as("font copies after SIGTERM").isZero();
        verify(dataDir);
        report.forEach(System.out::println);
    }

    private void runRound(int round, Kill kill, Path dataDir, String itemCode) throws Exception {
        String token = signIn(dataDir);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong lastAck = new AtomicLong();
        int before = acknowledged.size();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            int thread = t;
            Thread w = new Thread(() -> write(round, thread, itemCode, token, stop, lastAck), "writer-" + t);
            w.start();
            writers.add(w);
        }
        await().atMost(LOAD_WAIT).until(() -> acknowledged.size() >= before + ACKS_UNDER_LOAD);
        long postmaster = postmasterPid(dataDir);
        long killedAt = System.nanoTime();
        long restartMillis = -1;
        switch (kill) {
            case JVM -> {
                kill9(server.pid());
                server.waitFor();
                restartMillis = startServer(dataDir);
            }
            case POSTMASTER -> kill9(postmaster);
            case BOTH -> {
                kill9(postmaster);
                kill9(server.pid());
                server.waitFor();
                restartMillis = startServer(dataDir);
            }
        }
        long firstAckAfter = awaitAckAfter(lastAck, killedAt);
        int recovered = acknowledged.size();
        await().atMost(LOAD_WAIT).until(() -> acknowledged.size() >= recovered + ACKS_UNDER_LOAD);
        stop.set(true);
        for (Thread w : writers) {
            w.join(30_000);
        }
        report.add(String.format("FIGURE fault round %d kill -9 %s: acknowledged %d (round) / %d (total), "
                        + "server restart to healthy %s, kill to first acknowledged case %d ms",
                round, kill, acknowledged.size() - before, acknowledged.size(),
                restartMillis < 0 ? "— (server kept running)" : restartMillis + " ms", firstAckAfter));
    }

    /** One counter: each submission is retried with its key until acknowledged, as the client does. */
    private void write(int round, int thread, String itemCode, String token, AtomicBoolean stop, AtomicLong lastAck) {
        String currentToken = token;
        for (int n = 0; !stop.get(); n++) {
            String key = "fault-r" + round + "-c" + thread + "-" + n;
            String body = "{\"idempotencyKey\":\"" + key + "\",\"itemCode\":\"" + itemCode
                    + "\",\"applicant\":{\"name\":\"演练\",\"idNumber\":\"11010519491231002X\"},\"remarks\":\"" + key
                    + "\"}";
            while (!stop.get()) {
                long sentAt = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/cases")))
                            .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + currentToken)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 201 || r.statusCode() == 200) {
                        String caseNo = Json.newObjectMapper().readTree(r.body()).path("caseNo").asText();
                        String earlier = acknowledged.putIfAbsent(key, caseNo);
                        if (earlier != null && !earlier.equals(caseNo)) {
                            anomalies.add(key + " answered " + earlier + " and then " + caseNo);
                        }
                        // when the acknowledged request was sent: an answer to a request sent before the kill
                        // says nothing about recovery
                        lastAck.accumulateAndGet(sentAt, Math::max);
                        break;
                    }
                    if (r.statusCode() != 503 || !r.body().contains("DATABASE_UNAVAILABLE")) {
                        anomalies.add(key + ": " + r.statusCode() + " " + r.body());
                    }
                } catch (IOException e) {
                    // the server is down or restarting: the clerk's client retries the same submission
                } catch (InterruptedException e) {
                    return;
                }
                pause(50);
            }
        }
    }

    /** Waits for the first case acknowledged on a request sent after the kill; returns kill to that moment. */
    private long awaitAckAfter(AtomicLong lastAck, long killedAt) {
        org.awaitility.Awaitility.await("a case acknowledged within 60 s of the kill").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(5)).until(() -> lastAck.get() > killedAt);
        return (System.nanoTime() - killedAt) / 1_000_000;
    }

    private void verify(Path dataDir) throws Exception {
        Map<String, List<String>> stored = new HashMap<>();
        Map<String, TreeSet<Integer>> sequences = new TreeMap<>();
        Map<String, Integer> lastValues = new TreeMap<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(EmbeddedSettings.hall(dataDir));
                Connection c = DriverManager.getConnection(db.jdbcUrl(EmbeddedDatabase.DATABASE), db.appUser(),
                        db.appPassword());
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT remarks, case_no FROM cases")) {
                while (rs.next()) {
                    String caseNo = rs.getString(2);
                    stored.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(caseNo);
                    sequences.computeIfAbsent(caseNo.substring(0, caseNo.length() - 4), k -> new TreeSet<>())
                            .add(Integer.parseInt(caseNo.substring(caseNo.length() - 4)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT si.implementation_code || to_char(cs.day, 'YYYYMMDD'), "
                    + "cs.last_value FROM case_sequences cs JOIN service_items si ON si.id = cs.item_id")) {
                while (rs.next()) {
                    lastValues.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        int present = 0;
        int lost = 0;
        int duplicated = 0;
        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            List<String> cases = stored.getOrDefault(ack.getKey(), List.of());
            if (cases.isEmpty()) {
                lost++;
            } else if (cases.size() > 1) {
                duplicated++;
            } else if (cases.get(0).equals(ack.getValue())) {
                present++;
            }
        }
        long unacknowledgedStored = stored.keySet().stream().filter(k -> !acknowledged.containsKey(k)).count();
        report.add(String.format("FIGURE fault suite total: acknowledged %d, present exactly once %d, duplicated %d, "
                + "lost %d; stored but never acknowledged (answer lost in the kill) %d",
                acknowledged.size(), present, duplicated, lost, unacknowledgedStored));
        assertThat(anomalies).isEmpty();
        assertThat(acknowledged).isNotEmpty();
        assertThat(lost).as("acknowledged cases lost").isZero();
        assertThat(duplicated).as("acknowledged cases stored twice").isZero();
        assertThat(present).isEqualTo(acknowledged.size());
        assertThat(stored.values()).allSatisfy(cases -> assertThat(cases).hasSize(1));
        // daily numbering has no gap: 1..n with n the counter's last value
        assertThat(sequences.keySet()).isEqualTo(lastValues.keySet());
        sequences.forEach((prefix, seqs) -> {
            assertThat(seqs.first()).as(prefix).isEqualTo(1);
            assertThat(seqs.last()).as(prefix).isEqualTo(seqs.size()).isEqualTo(lastValues.get(prefix));
        });
    }

    private long startServer(Path dataDir) throws Exception {
        lastStart = Instant.now();
        long t0 = System.nanoTime();
        Path log = dir.resolve("server-" + (++launches) + ".log");
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            // the server dies with this test's thread even if the test JVM is killed: nothing is left running
            command.addAll(List.of("/usr/bin/setpriv", "--pdeathsig", "KILL", "--"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + dataDir.resolve("tmp"), "-D" + EmbeddedSettings.BINARIES_PROPERTY + "="
                        + System.getProperty(EmbeddedSettings.BINARIES_PROPERTY, ""),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dataDir.toString(), "--port", Integer.toString(port), "--demo-data"));
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server start %d: %s", launches, tail(log)).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url("/health"))).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("server not healthy within 90 s: " + tail(log));
    }

    /** A failed round must not leave a server (and its PostgreSQL) running. */
    @org.junit.jupiter.api.AfterEach
    void killLeftoverServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The warm-up render runs after the server is healthy; its font copies appear within seconds. */
    private static long awaitFontCopies(Path dataDir) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long n = fontCopies(dataDir);
        while (n == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            n = fontCopies(dataDir);
        }
        return n;
    }

    private static long fontCopies(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("tmp"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("+~JF")).count();
        }
    }

    private void stopServer() throws InterruptedException {
        server.destroy();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("SIGTERM stops the server").isTrue();
    }

    private String signIn(Path dataDir) throws Exception {
        DemoAccount clerk = DemoAccountsFile.read(dataDir.resolve(DemoAccountsFile.NAME)).get(Role.WINDOW);
        HttpResponse<String> r;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            r = http.send(HttpRequest.newBuilder(URI.create(url("/api/sessions")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + clerk.username()
                            + "\",\"password\":\"" + clerk.password() + "\",\"counterNo\":1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // while PostgreSQL recovers the answer is 503 DATABASE_UNAVAILABLE, and the clerk tries again
        } while (r.statusCode() == 503 && System.nanoTime() < deadline && sleep(100));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return Json.newObjectMapper().readTree(r.body()).path("token").asText();
    }

    private String firstItemCode(String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/items")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return Json.newObjectMapper().readTree(r.body()).get(0).path("implementationCode").asText();
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid")).get(0).strip());
    }

    private static void kill9(long pid) throws Exception {
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor(5, TimeUnit.SECONDS);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
