package org.yichuang.server.queue.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.StaffInfo;
import org.yichuang.core.api.queue.QueueFigures;
import org.yichuang.core.api.queue.QueueSettingsChange;
import org.yichuang.core.api.queue.TicketRequest;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.api.queue.TransferRequest;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.IssuingWindow;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.staff.Role;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.queue.CounterDesk;
import org.yichuang.server.queue.QueueEvents;
import org.yichuang.server.queue.QueueChanges;
import org.yichuang.server.queue.QueueSettingsService;
import org.yichuang.server.queue.TicketService;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.web.Json;

/**
 * The daily queue figures of a known day (issue 12 item 9), built through the counter's own services on real
 * PostgreSQL with a hand-moved clock, so every figure is known to the millisecond: waiting, service and idle time with
 * a queue per counter, clerk, category and hour — with a pause, a transfer, a hold, a finish without a start, and
 * tickets taken on either side of the 03:00 reset.
 */
class QueueFiguresTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private MutableClock clock;
    private TestServer server;
    private QueueSettingsService settings;
    private TicketService tickets;
    private CounterDesk desk;
    private QueueFiguresService figures;
    private long clerkX;
    private long clerkY;

    @BeforeEach
    void start() {
        clock = new MutableClock(at(6, "02:00"));
        server = TestServer.start(clock);
        settings = new QueueSettingsService(server.jdbi(), Json.newObjectMapper(), new SecureRandom(), clock, new QueueChanges(() -> { }));
        QueueChanges none = new QueueChanges(() -> { });
        QueueEvents events = new QueueEvents(none);
        tickets = new TicketService(server.jdbi(), settings, events, clock);
        desk = new CounterDesk(server.jdbi(), settings, none, clock);
        figures = new QueueFiguresService(server.jdbi(), settings, clock);
        clerkX = staffId(Role.WINDOW);
        clerkY = staffId(Role.ADMIN);
        // all day but across the 03:00 reset, which must not fall inside a window (QueueSettingsRules)
        List<IssuingWindow> allDay = List.of(new IssuingWindow(LocalTime.MIN, LocalTime.of(3, 0)),
                new IssuingWindow(LocalTime.of(3, 1), LocalTime.of(23, 59)));
        QueueSettings defaults = settings.current().settings();
        // counter 1 serves 综合 only; counter 2 serves 综合 and 税务
        settings.save(clerk(clerkY, 0), new QueueSettingsChange(0, new QueueSettings(List.of(
                new QueueCategory("GENERAL", "综合受理", 'A', List.of(), allDay, null, false, true),
                new QueueCategory("TAX", "税务", 'B', List.of(), allDay, null, false, true)),
                List.of(new CounterAssignment(1, "GENERAL", 1, false), new CounterAssignment(2, "GENERAL", 1, false),
                        new CounterAssignment(2, "TAX", 1, false)),
                defaults.priority(), defaults.ordering(), defaults.elderly(), defaults.missed(), defaults.holdTime(),
                defaults.dayReset(), defaults.booking())));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Beijing local time on 2026-12-{day}. */
    private static Instant at(int day, String time) {
        return LocalDateTime.parse(String.format("2026-12-%02dT%s", day, time)).atZone(BEIJING).toInstant();
    }

    private void clockAt(int day, String time) {
        clock.advance(java.time.Duration.between(clock.instant(), at(day, time)));
    }

    private long staffId(Role role) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT id FROM staff WHERE username = :u")
                .bind("u", server.username(role)).mapTo(Long.class).one());
    }

    private static Principal clerk(long staffId, int counterNo) {
        return new Principal(staffId, 0, new StaffInfo("t", "t", Set.of(Role.WINDOW, Role.ADMIN, Role.SUPERVISOR)),
                null, counterNo == 0 ? null : new CounterInfo(counterNo, counterNo + "号窗口", "大厅"), BEIJING,
                Instant.MAX);
    }

    private TicketView issue(String category) {
        return tickets.issue(null, new TicketRequest(category, null, null, null));
    }

    /** A row as {@code key: called waitingMs maxWaitingMs | served serviceMs maxServiceMs | idleMs}. */
    private static String line(QueueFigures.Row r) {
        return r.key() + ": " + r.called() + " " + r.waitingMs() + " " + r.maxWaitingMs() + " | " + r.served() + " "
                + r.serviceMs() + " " + r.maxServiceMs() + " | " + r.idleWithQueueMs();
    }

    private static List<String> lines(List<QueueFigures.Row> rows) {
        return rows.stream().map(QueueFiguresTest::line).toList();
    }

    /** The day of the class comment, 2026-12-07 from 03:00 to 03:00 the next morning; see the figures test. */
    private void aKnownDay() {
        Principal x1 = clerk(clerkX, 1);
        Principal y2 = clerk(clerkY, 2);
        clockAt(7, "02:59:00");
        issue("GENERAL");                         // the day before's (reset 03:00): closed at 03:00, never counted
        clockAt(7, "03:01:00");
        TicketView a001 = issue("GENERAL");       // the first of the day; closes the one before
        clockAt(7, "03:10:00");
        desk.pause(x1, true);                     // counter 1 opens paused: A001 waits, but no idle time
        clockAt(7, "03:20:00");
        desk.pause(x1, false);                    // idle from here (A001 waits)
        clockAt(7, "03:30:00");
        assertThat(desk.callNext(x1).id()).isEqualTo(a001.id());   // waited 29 min
        clockAt(7, "03:32:00");
        desk.start(x1, a001.id());
        clockAt(7, "03:40:00");
        desk.finish(x1, a001.id());               // served 8 min
        clockAt(7, "03:50:00");
        TicketView b001 = issue("TAX");           // counter 1 does not serve 税务: not idle
        clockAt(7, "03:55:00");
        TicketView a002 = issue("GENERAL");       // counter 1 idle from here until it calls A002
        clockAt(7, "04:05:00");
        assertThat(desk.callNext(y2).id()).isEqualTo(b001.id());   // counter 2 opens; B001 waited longest (15 min)
        clockAt(7, "04:10:00");
        desk.finish(y2, b001.id());               // finished straight after the call: served 5 min from the call
        clockAt(7, "04:15:00");
        assertThat(desk.callNext(x1).id()).isEqualTo(a002.id());   // waited 20 min; counter 2 was idle 5 min
        clockAt(7, "04:16:00");
        desk.start(x1, a002.id());
        clockAt(7, "04:20:00");
        desk.transfer(x1, a002.id(), new TransferRequest("TAX", null));   // served 4 min at counter 1
        clockAt(7, "04:30:00");
        desk.pause(y2, true);                     // counter 2 idle 04:20–04:30 (A002 waits in 税务), then paused
        clockAt(7, "04:40:00");
        desk.pause(y2, false);
        clockAt(7, "04:45:00");
        assertThat(desk.callNext(y2).id()).isEqualTo(a002.id());   // called before: no second wait
        clockAt(7, "04:46:00");
        desk.start(y2, a002.id());
        clockAt(7, "04:50:00");
        desk.hold(y2, a002.id());                 // served 4 min; held until 05:00 — held is not waiting
        clockAt(7, "05:05:00");
        assertThat(desk.callNext(y2).id()).isEqualTo(a002.id());   // back from hold to counter 2
        clockAt(7, "05:10:00");
        desk.finish(y2, a002.id());               // served 5 min from the call; counter 2's last action
        clockAt(7, "05:20:00");
        TicketView a003 = issue("GENERAL");       // counter 1 idle 10 min; counter 2 is closed (no later action)
        clockAt(7, "05:30:00");
        assertThat(desk.callNext(x1).id()).isEqualTo(a003.id());
        clockAt(7, "05:40:00");
        desk.finish(x1, a003.id());               // served 10 min
        clockAt(8, "02:58:00");
        TicketView a004 = issue("GENERAL");       // still 2026-12-07's queue day; counter 1 idle 1 min
        clockAt(8, "02:59:00");
        assertThat(desk.callNext(x1).id()).isEqualTo(a004.id());
        clockAt(8, "03:01:00");
        issue("GENERAL");                         // 2026-12-08's first: A004 is closed, outside the day's figures
    }

    @Test
    void a_known_day_gives_every_figure_to_the_millisecond_per_counter_clerk_category_and_hour() {
        aKnownDay();

        QueueFigures f = figures.figures(clerk(clerkY, 0), "2026-12-07");

        assertThat(f.day()).hasToString("2026-12-07");
        assertThat(line(f.total())).isEqualTo("total: 5 4500000 1740000 | 6 2160000 600000 | 3660000");
        assertThat(lines(f.counters())).containsExactly(
                "1: 4 3600000 1740000 | 3 1320000 600000 | 2460000",
                "2: 1 900000 900000 | 3 840000 300000 | 1200000");
        assertThat(f.staff()).extracting(QueueFigures.Row::key)
                .containsExactlyInAnyOrder(String.valueOf(clerkX), String.valueOf(clerkY));
        assertThat(lines(f.staff())).contains(
                clerkX + ": 4 3600000 1740000 | 3 1320000 600000 | 2460000",
                clerkY + ": 1 900000 900000 | 3 840000 300000 | 1200000");
        assertThat(lines(f.categories())).containsExactly(
                "GENERAL: 4 3600000 1740000 | 3 1320000 600000 | 2760000",
                "TAX: 1 900000 900000 | 3 840000 300000 | 900000");
        assertThat(f.categories()).extracting(QueueFigures.Row::label).containsExactly("综合受理", "税务");
        assertThat(lines(f.hours())).containsExactly(
                "2026-12-07T03:00: 3 3840000 1740000 | 1 480000 480000 | 900000",
                "2026-12-07T04:00: 0 0 0 | 3 780000 300000 | 2100000",
                "2026-12-07T05:00: 1 600000 600000 | 2 900000 600000 | 600000",
                "2026-12-08T02:00: 1 60000 60000 | 0 0 0 | 60000");
        assertThat(f.hours()).extracting(QueueFigures.Row::label).first().isEqualTo("03:00–04:00");
        // 90% 等候, nearest rank: waits of 1, 10, 15, 20 and 29 minutes; rank ⌈4.5⌉ = 5 of 5 is the longest
        assertThat(f.total().p90WaitingMs()).isEqualTo(1_740_000L);
        assertThat(f.categories()).extracting(QueueFigures.Row::p90WaitingMs).containsExactly(1_740_000L, 900_000L);
        assertThat(f.hours()).extracting(QueueFigures.Row::p90WaitingMs)
                .containsExactly(1_740_000L, null, 600_000L, 60_000L);
    }

    @Test
    void the_tickets_of_the_day_before_the_reset_count_on_that_day_and_the_next_day_starts_empty() {
        aKnownDay();

        QueueFigures before = figures.figures(clerk(clerkY, 0), "2026-12-06");
        QueueFigures after = figures.figures(clerk(clerkY, 0), "2026-12-08");

        // the 02:59 ticket of 2026-12-06's queue day was never called: no wait, no counter, no idle time
        assertThat(line(before.total())).isEqualTo("total: 0 0 0 | 0 0 0 | 0");
        assertThat(before.counters()).isEmpty();
        assertThat(line(after.total())).isEqualTo("total: 0 0 0 | 0 0 0 | 0");
        int audited = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'QUEUE_FIGURES_READ'").mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void supervisors_and_administrators_read_the_figures_clerks_may_not_and_a_bad_day_is_refused() {
        aKnownDay();
        ApiClient api = new ApiClient(server.baseUrl());
        String supervisor = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        String window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);

        ApiClient.Response bySupervisor = api.get("/api/queue/figures?day=2026-12-07", supervisor);
        ApiClient.Response byAdmin = api.get("/api/queue/figures?day=2026-12-07", admin);
        ApiClient.Response byClerk = api.get("/api/queue/figures?day=2026-12-07", window);
        ApiClient.Response impossible = api.get("/api/queue/figures?day=2026-02-30", supervisor);
        ApiClient.Response missing = api.get("/api/queue/figures", supervisor);

        assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(200);
        assertThat(bySupervisor.json().at("/total/idleWithQueueMs").asLong()).isEqualTo(3_660_000L);
        assertThat(bySupervisor.json().at("/counters/1/key").asText()).isEqualTo("2");
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.code()).isEqualTo("QUEUE_FIGURES_DAY_INVALID");
        assertThat(missing.code()).isEqualTo("QUEUE_FIGURES_DAY_INVALID");
        int audited = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'QUEUE_FIGURES_READ'").mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void the_export_is_one_workbook_with_every_grouping_and_the_whole_day_in_seconds() throws Exception {
        aKnownDay();
        ApiClient api = new ApiClient(server.baseUrl());
        String supervisor = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
        String window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        QueueFigures figures = Json.newObjectMapper().readValue(api.get("/api/queue/figures?day=2026-12-07", supervisor)
                .body(), QueueFigures.class);

        ApiClient.Download file = api.download("/api/queue/figures/export.xlsx?day=2026-12-07", supervisor);
        ApiClient.Download refused = api.download("/api/queue/figures/export.xlsx?day=2026-12-07", window);

        assertThat(file.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("queue-figures-20261207.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file.body()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("平均等候（秒）");
            int rows = figures.counters().size() + figures.staff().size() + figures.categories().size()
                    + figures.hours().size() + 1;
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + rows);
            var counter = sheet.getRow(2);
            QueueFigures.Row first = figures.counters().get(0);
            assertThat(counter.getCell(0).getStringCellValue()).isEqualTo("窗口");
            assertThat(counter.getCell(1).getStringCellValue()).isEqualTo(first.label());
            assertThat((long) counter.getCell(3).getNumericCellValue())
                    .isEqualTo(Math.round(first.meanWaitingMs() / 1000.0));
            var total = sheet.getRow(1 + rows);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("全天");
            assertThat((int) total.getCell(2).getNumericCellValue()).isEqualTo(figures.total().called());
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("90%等候（秒）");
            assertThat((long) total.getCell(4).getNumericCellValue()).isEqualTo(1_740L);
            assertThat((long) total.getCell(9).getNumericCellValue()).isEqualTo(3_660L);
        }
    }
}
