package org.yichuang.server.bench;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.yichuang.core.staff.Role;
import org.yichuang.server.calendar.CalendarService;
import org.yichuang.server.supervision.AlertService;
import org.yichuang.server.supervision.ListPlans;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.TestServer;

/**
 * The supervisor's case list over N open cases (issue 9 figure: p95 under 200 ms server time with filters). Seeds N
 * open cases (and N/2 delivered ones, the history a hall keeps) straight into PostgreSQL with one INSERT over
 * generate_series: received over the last 60 days, promised 28 and statutory 40 days after, over every demo item,
 * counter and clerk; the 红黄牌 sweep then judges them (timed: the day-boundary figure). Then GET /api/cases with
 * several filter combinations, sequentially, as the supervisor; the server time of each request is read from the
 * server's own request log (this JVM runs the server), next to the round trip. Used by bench/supervisor-alerts.sh.
 */
public final class SupervisorAlertsBench {
    private static final Pattern LIST_LINE = Pattern.compile("GET /api/cases 200 ([0-9.]+) ms");

    private SupervisorAlertsBench() {
    }

    /** Arguments: openCases warmup measured. */
    public static void main(String[] args) throws Exception {
        int open = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        ListAppender<ILoggingEvent> requests = new ListAppender<>();
        requests.start();
        ((Logger) LoggerFactory.getLogger("org.yichuang.server.requests")).addAppender(requests);
        try (TestServer server = TestServer.start()) {
            long t0 = System.nanoTime();
            seed(server, open, "ACCEPTED", "IN_REVIEW", "IN_REVIEW", "EXTENDED", "ACCEPTED_DEFERRED", "DEEMED_ACCEPTED");
            seed(server, open / 2, "DELIVERED");
            server.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE"));
            System.err.printf("bench: seeded %,d open and %,d delivered cases in %.1f s%n", open, open / 2,
                    (System.nanoTime() - t0) / 1e9);

            AlertService alerts = new AlertService(server.jdbi(), new CalendarService(server.jdbi(),
                    Clock.systemUTC())::current);
            long s0 = System.nanoTime();
            int changed = alerts.recomputeOpen(Instant.now());
            double sweep = (System.nanoTime() - s0) / 1e6;
            // the steady state between two day boundaries: autovacuum has seen the sweep's updates
            server.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE cases"));
            Map<String, Long> levels = new LinkedHashMap<>();
            server.jdbi().useHandle(h -> h.createQuery("SELECT alert_level, count(*) FROM cases GROUP BY 1 ORDER BY 1")
                    .map((rs, ctx) -> levels.put(rs.getString(1), rs.getLong(2))).list());
            System.out.printf("FIGURE supervisor-alerts first sweep: %,d open cases judged, %,d levels set, in %.0f ms "
                    + "(levels %s)%n", open, changed, sweep, levels);

            // an ordinary day boundary: the next midnight, when only the cases crossing a threshold change
            long d0 = System.nanoTime();
            int nextDay = alerts.recomputeOpen(Instant.now().plus(java.time.Duration.ofDays(1)));
            System.out.printf("FIGURE supervisor-alerts next day's sweep: %,d open cases judged, %,d levels changed, "
                    + "in %.0f ms%n", open, nextDay, (System.nanoTime() - d0) / 1e6);
            server.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE cases"));
            ApiClient api = new ApiClient(server.baseUrl());
            String token = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
            String clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
            String department = server.jdbi().withHandle(h -> h.createQuery(
                    "SELECT department FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").mapTo(String.class).one());
            String item = server.jdbi().withHandle(h -> h.createQuery("SELECT i.implementation_code FROM cases k "
                    + "JOIN service_items i ON i.id = k.item_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
                    .mapTo(String.class).one());
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
            String monthAgo = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(30).toString();
            Map<String, String> combos = new LinkedHashMap<>();
            combos.put("all, most urgent first", "");
            combos.put("open red+yellow", "open=true&level=RED,YELLOW");
            combos.put("department + warning", "department=" + URLEncoder.encode(department, StandardCharsets.UTF_8)
                    + "&level=WARNING");
            combos.put("counter + state", "counter=2&state=IN_REVIEW");
            combos.put("clerk + 30 days", "staff=window1&from=" + monthAgo + "&to=" + today);
            combos.put("item + open", "item=" + item + "&open=true");
            combos.put("page 100 of 200 rows", "open=true&page=100&size=200");
            combos.put("newest 200", "sort=received&size=200");
            combos.put("a clerk's own open cases (WINDOW, scope=mine)", "open=true");
            if (System.getenv("BENCH_EXPLAIN") != null) {
                for (String query : combos.values()) {
                    Map<String, List<String>> params = new LinkedHashMap<>();
                    for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
                        String[] kv = pair.split("=", 2);
                        params.computeIfAbsent(kv[0], k -> new ArrayList<>())
                                .add(java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                    }
                    if (!query.equals("open=true")) {
                        ListPlans.print(server.jdbi(), params);
                    }
                }
                if (System.getenv("BENCH_EXPLAIN_ONLY") != null) {
                    return;   // the plans alone (profiling), no timed requests
                }
            }
            List<Double> allServer = new ArrayList<>();
            for (Map.Entry<String, String> c : combos.entrySet()) {
                String path = "/api/cases" + (c.getValue().isEmpty() ? "" : "?" + c.getValue());
                String as = c.getKey().contains("WINDOW") ? clerk : token;
                long total = 0;
                for (int i = 0; i < warmup; i++) {
                    total = get(api, path, as).json().path("total").asLong();
                }
                requests.list.clear();
                long[] nanos = new long[measured];
                for (int i = 0; i < measured; i++) {
                    long start = System.nanoTime();
                    get(api, path, as);
                    nanos[i] = System.nanoTime() - start;
                }
                // the request log line follows the response: wait until every measured request has its line
                if (!Waits.until(Duration.ofSeconds(10), () -> serverMillis(requests).length >= measured)) {
                    throw new IllegalStateException("the request log lacks lines of measured requests");
                }
                double[] times = serverMillis(requests);
                Arrays.sort(nanos);
                for (double d : times) {
                    allServer.add(d);
                }
                System.out.printf("FIGURE supervisor-alerts list %s (%,d matching): server p50 %.1f ms, p95 %.1f ms;"
                        + " round trip p95 %.1f ms (%d sequential)%n", c.getKey(), total, pct(times, 50),
                        pct(times, 95), nanos[(int) Math.ceil(0.95 * nanos.length) - 1] / 1e6, measured);
            }
            double[] all = allServer.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("FIGURE supervisor-alerts list over %,d open cases, all filters: server p95 %.1f ms, "
                    + "max %.1f ms (goal: p95 < 200 ms) %s%n", open, pct(all, 95), all[all.length - 1],
                    pct(all, 95) < 200 ? "ok" : "MISSED");
        }
    }

    private static void seed(TestServer server, int n, String... states) {
        server.jdbi().useHandle(h -> {
            h.execute("""
                    INSERT INTO persons (id_number, name, created_at, updated_at)
                    SELECT lpad(g::text, 17, '0') || 'X', '申请人' || g, now(), now() FROM generate_series(1, 1000) g
                    ON CONFLICT (id_number, id_type) DO NOTHING""");
            h.createUpdate("""
                    WITH v AS (SELECT row_number() OVER (ORDER BY id) AS n, id, item_id, item->>'department' AS dep
                               FROM service_item_versions),
                         nv AS (SELECT count(*) AS c FROM v),
                         st AS (SELECT array_agg(id ORDER BY id) AS ids FROM staff),
                         co AS (SELECT array_agg(id ORDER BY id) AS ids FROM counters),
                         pe AS (SELECT array_agg(id ORDER BY id) AS ids FROM persons),
                         s AS (SELECT CAST(:states AS text[]) AS names),
                         k AS (
                    INSERT INTO cases (case_no, item_id, person_id, applicant_name, counter_id, staff_id, received_at,
                                       item_version_id, received_on, department, state, accepted_at, acceptance_basis)
                    SELECT 'BENCH-' || s.names[1] || '-' || g, v.item_id, pe.ids[1 + g % cardinality(pe.ids)], '申请人',
                           co.ids[1 + g % cardinality(co.ids)], st.ids[1 + (g / 7) % cardinality(st.ids)], t.at, v.id,
                           (t.at AT TIME ZONE 'Asia/Shanghai')::date, v.dep,
                           s.names[1 + g % cardinality(s.names)], t.at, 'NORMAL'
                    FROM generate_series(1, :n) g
                    CROSS JOIN nv CROSS JOIN st CROSS JOIN co CROSS JOIN pe CROSS JOIN s
                    JOIN v ON v.n = 1 + g % nv.c
                    -- received in order over the last 60 days, as a hall's table grows (rows of a day lie together)
                    CROSS JOIN LATERAL (SELECT now() - interval '60 days' + (g * (60 * 86400 / :n)) * interval '1 second'
                                        AS at) t
                    RETURNING id, staff_id, accepted_at)
                    -- the due dates go to the cases' case_clocks rows (V21) in the same statement
                    INSERT INTO case_clocks (case_id, staff_id, legal_due_at, promised_due_at, calendar_version)
                    SELECT k.id, k.staff_id, k.accepted_at + interval '40 days', k.accepted_at + interval '28 days', 1
                    FROM k""").bind("states", states).bind("n", n).execute();
        });
    }

    private static Response get(ApiClient api, String path, String token) {
        Response r = api.get(path, token);
        if (r.status() != 200) {
            throw new IllegalStateException(path + ": " + r.status() + " " + r.body());
        }
        return r;
    }

    private static double[] serverMillis(ListAppender<ILoggingEvent> requests) {
        List<Double> ms = new ArrayList<>();
        for (ILoggingEvent e : List.copyOf(requests.list)) {
            Matcher m = LIST_LINE.matcher(e.getFormattedMessage());
            if (m.find()) {
                ms.add(Double.parseDouble(m.group(1)));
            }
        }
        return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
