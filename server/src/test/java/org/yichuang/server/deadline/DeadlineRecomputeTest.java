package org.yichuang.server.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.staff.Role;
import org.yichuang.server.calendar.CalendarChangeListener.Recomputed;
import org.yichuang.server.calendar.CalendarService;
import org.yichuang.server.hall.HallDao;
import org.yichuang.server.hall.HallService;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.OpenCases;
import org.yichuang.server.testing.SharedPostgres;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.db.Database;
import org.jdbi.v3.core.Jdbi;

class DeadlineRecomputeTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The shipped 2026 with 9 October (Fri) off and the make-up Saturday 10 October dropped. */
    static String changed2026() {
        String csv = org.yichuang.core.calendar.CalendarCsv.format(org.yichuang.core.calendar.CalendarSchedule.of(
                CalendarService.shipped().entriesOf(2026)));
        return String.join("\n", csv.lines().filter(l -> !l.startsWith("2026-10-10,")).toList())
                + "\n2026-10-09,off,国庆节\n";
    }

    record CaseRow(long id, String caseNo, String state, Instant legal, Instant promised, Integer version,
            boolean moved, Instant accepted) {
    }

    static Map<String, CaseRow> cases(Jdbi jdbi) {
        Map<String, CaseRow> rows = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT id, case_no, state, d.legal_due_at, d.promised_due_at, "
                + "d.calendar_version, d.deadline_moved, accepted_at FROM cases k JOIN case_clocks d ON d.case_id = k.id "
                + "WHERE accepted_at IS NOT NULL")
                .map((rs, ctx) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getInt(6),
                        rs.getBoolean(7), rs.getTimestamp(8).toInstant()))
                .forEach(r -> rows.put(r.caseNo(), r)));
        return rows;
    }

    record History(Integer oldVersion, Integer newVersion, Instant oldLegal, Instant newLegal, Instant oldPromised,
            Instant newPromised) {
    }

    static Map<Long, List<History>> history(Jdbi jdbi) {
        Map<Long, List<History>> rows = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT case_id, old_calendar_version, new_calendar_version, "
                + "old_legal_due_at, new_legal_due_at, old_promised_due_at, new_promised_due_at "
                + "FROM case_deadline_history ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new History(rs.getInt(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant())))
                .forEach(e -> rows.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue())));
        return rows;
    }

    private static Response importCsv(TestServer server, String csv, boolean confirm) {
        ApiClient api = new ApiClient(server.baseUrl());
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        Map<String, Object> body = new HashMap<>();
        body.put("csv", csv);
        body.put("source", "测试");
        body.put("confirm", confirm);
        return api.postJson("/api/calendar/import", admin, body);
    }

    private static Instant due(WorkCalendar calendar, Instant accepted, org.yichuang.core.catalog.TimeLimit limit) {
        return new DeadlineCalculator(calendar, ClockSettings.standard())
                .compute(DeadlineInput.of(accepted.atZone(ZONE).toLocalDateTime(), limit)).dueAt().atZone(ZONE)
                .toInstant();
    }

    /** Checks every seeded case against the calendars; returns how many open cases moved. */
    private static long assertRecomputed(Jdbi jdbi, OpenCases.Item item, WorkCalendar before,
            WorkCalendar after, Map<String, CaseRow> old) {
        Map<String, CaseRow> now = cases(jdbi);
        Map<Long, List<History>> history = history(jdbi);
        long moved = 0;
        for (CaseRow o : old.values()) {
            CaseRow n = now.get(o.caseNo());
            if (!o.caseNo().startsWith("OPEN")) {
                assertThat(n).as("decided cases keep everything").isEqualTo(o);
                assertThat(history).doesNotContainKey(o.id());
                continue;
            }
            assertThat(o.legal()).isEqualTo(due(before, o.accepted(), item.statutory()));
            Instant legal = due(after, o.accepted(), item.statutory());
            Instant promised = due(after, o.accepted(), item.promised());
            boolean shouldMove = !legal.equals(o.legal()) || !promised.equals(o.promised());
            assertThat(n.legal()).as(o.caseNo()).isEqualTo(legal);
            assertThat(n.promised()).as(o.caseNo()).isEqualTo(promised);
            assertThat(n.version()).as(o.caseNo()).isEqualTo(after.version().number());
            assertThat(n.moved()).as(o.caseNo()).isEqualTo(shouldMove);
            if (shouldMove) {
                moved++;
                assertThat(history.get(o.id())).as(o.caseNo()).containsExactly(new History(
                        before.version().number(), after.version().number(), o.legal(), legal, o.promised(),
                        promised));
            } else {
                assertThat(history).as(o.caseNo()).doesNotContainKey(o.id());
            }
        }
        return moved;
    }

    @Test
    void a_calendar_change_moves_exactly_the_touched_open_cases_and_keeps_their_old_dates() {
        try (TestServer server = TestServer.start()) {
            CalendarService calendars = new CalendarService(server.jdbi(), Clock.systemUTC());
            WorkCalendar v1 = calendars.current();
            OpenCases.Item item = OpenCases.workingDayItem(server.jdbi());
            OpenCases.seed(server.jdbi(), v1, ZONE, item, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 11, 30), 1,
                    "ACCEPTED", "OPEN");
            OpenCases.seed(server.jdbi(), v1, ZONE, item, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 20), 1,
                    "APPROVED", "DECIDED");
            Map<String, CaseRow> old = cases(server.jdbi());

            Response r = importCsv(server, changed2026(), true);

            assertThat(r.status()).isEqualTo(200);
            WorkCalendar v2 = calendars.version(r.json().path("version").path("number").asInt());
            long moved = assertRecomputed(server.jdbi(), item, v1, v2, old);
            assertThat(moved).isPositive().isLessThan(old.size() / 2);
            assertThat(r.json().path("casesMoved").asLong()).isEqualTo(moved);
            assertThat(r.json().path("casesChecked").asLong()).isEqualTo(103);
        }
    }

    @Test
    void open_cases_crossing_into_a_provisional_year_are_recomputed_when_it_is_imported() {
        try (TestServer server = TestServer.start()) {
            CalendarService calendars = new CalendarService(server.jdbi(), Clock.systemUTC());
            WorkCalendar v1 = calendars.current();
            OpenCases.Item item = OpenCases.workingDayItem(server.jdbi());
            OpenCases.seed(server.jdbi(), v1, ZONE, item, LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 31), 1,
                    "ACCEPTED", "OPEN");
            Map<String, CaseRow> old = cases(server.jdbi());
            assertThat(v1.isProvisional(LocalDate.of(2027, 1, 1))).isTrue();

            Response r = importCsv(server, "2027-01-01,off,元旦\n2027-02-05,off,春节\n", false);

            assertThat(r.status()).isEqualTo(200);
            WorkCalendar v2 = calendars.version(r.json().path("version").path("number").asInt());
            assertThat(v2.isProvisional(LocalDate.of(2027, 1, 1))).isFalse();
            long moved = assertRecomputed(server.jdbi(), item, v1, v2, old);
            assertThat(moved).isPositive();
        }
    }

    @Test
    void a_version_committed_without_its_recompute_is_finished_by_the_next_catch_up() {
        // no server here: its calendar watch could finish the recompute before the "next start" below does
        SharedPostgres postgres = SharedPostgres.get();
        String name = postgres.newDemoDatabase();
        try (Database database = postgres.open(name, 4)) {
            Jdbi jdbi = database.jdbi();
            CalendarService calendars = new CalendarService(jdbi, Clock.systemUTC());
            calendars.seedIfEmpty();
            WorkCalendar v1 = calendars.current();
            OpenCases.Item item = OpenCases.workingDayItem(jdbi);
            OpenCases.seed(jdbi, v1, ZONE, item, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), 1,
                    "ACCEPTED", "OPEN");
            Map<String, CaseRow> old = cases(jdbi);
            // a process died right after committing version 2: its days are in, no case was recomputed
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO calendar_versions SELECT 2, 'crash test', now(), now(), NULL, published_years "
                        + "FROM calendar_versions WHERE number = 1");
                h.execute("INSERT INTO calendar_days SELECT 2, day, kind, holiday, counts_as_statutory "
                        + "FROM calendar_days WHERE version = 1 AND day <> '2026-10-10'");
                h.execute("INSERT INTO calendar_days VALUES (2, '2026-10-09', 'OFF', '国庆节', true)");
            });
            assertThat(cases(jdbi).values()).allMatch(c -> c.version() == 1);

            // the next start: a fresh service and recompute over the same database
            CalendarService restarted = new CalendarService(jdbi, Clock.systemUTC());
            HallService hall = new HallService(jdbi.onDemand(HallDao.class), () -> "");
            restarted.addListener(new DeadlineRecompute(jdbi, restarted, hall::settings, AlertRefresh.NONE,
                    Clock.systemUTC()));
            Recomputed done = restarted.catchUp();

            WorkCalendar v2 = restarted.version(2);
            long moved = assertRecomputed(jdbi, item, v1, v2, old);
            assertThat(done).isEqualTo(new Recomputed(old.size(), moved));
            assertThat(restarted.catchUp()).as("nothing left").isEqualTo(Recomputed.NONE);
        } finally {
            postgres.drop(name);
        }
    }
    @Test
    void a_recompute_rewrites_the_narrow_clock_rows_and_never_the_case_rows() {
        SharedPostgres postgres = SharedPostgres.get();
        String name = postgres.newDemoDatabase();
        try (Database database = postgres.open(name, 4)) {
            Jdbi jdbi = database.jdbi();
            CalendarService calendars = new CalendarService(jdbi, Clock.systemUTC());
            calendars.seedIfEmpty();
            WorkCalendar v1 = calendars.current();
            OpenCases.Item item = OpenCases.workingDayItem(jdbi);
            OpenCases.seed(jdbi, v1, ZONE, item, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), 1,
                    "ACCEPTED", "OPEN");
            Map<String, CaseRow> old = cases(jdbi);
            // xmin: the transaction that wrote the row version; any UPDATE of a case row changes it
            String caseVersions = "SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM cases";
            String before = jdbi.withHandle(h -> h.createQuery(caseVersions).mapTo(String.class).one());
            // version 2 as the catch-up test writes it: 9 October off, the make-up Saturday 10 October gone
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO calendar_versions SELECT 2, 'test', now(), now(), NULL, published_years "
                        + "FROM calendar_versions WHERE number = 1");
                h.execute("INSERT INTO calendar_days SELECT 2, day, kind, holiday, counts_as_statutory "
                        + "FROM calendar_days WHERE version = 1 AND day <> '2026-10-10'");
                h.execute("INSERT INTO calendar_days VALUES (2, '2026-10-09', 'OFF', '国庆节', true)");
            });
            CalendarService restarted = new CalendarService(jdbi, Clock.systemUTC());
            HallService hall = new HallService(jdbi.onDemand(HallDao.class), () -> "");
            restarted.addListener(new DeadlineRecompute(jdbi, restarted, hall::settings, AlertRefresh.NONE,
                    Clock.systemUTC()));
            restarted.catchUp();

            long moved = assertRecomputed(jdbi, item, v1, restarted.version(2), old);
            assertThat(moved).isPositive();
            String after = jdbi.withHandle(h -> h.createQuery(caseVersions).mapTo(String.class).one());
            assertThat(after).as("no case row rewritten").isEqualTo(before);
        } finally {
            postgres.drop(name);
        }
    }

    @Test
    void a_result_computed_before_a_transition_wrote_the_clocks_is_not_written_over_them() {
        SharedPostgres postgres = SharedPostgres.get();
        String name = postgres.newDemoDatabase();
        try (Database database = postgres.open(name, 2)) {
            Jdbi jdbi = database.jdbi();
            CalendarService calendars = new CalendarService(jdbi, Clock.systemUTC());
            calendars.seedIfEmpty();
            OpenCases.Item item = OpenCases.workingDayItem(jdbi);
            OpenCases.seed(jdbi, calendars.current(), ZONE, item, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2),
                    1, "ACCEPTED", "OPEN");
            Map<String, CaseRow> old = cases(jdbi);
            long fresh = old.get("OPEN-2026-09-01-1").id();
            long stale = old.get("OPEN-2026-09-02-1").id();
            org.jdbi.v3.core.locator.ClasspathSqlLocator sql = org.jdbi.v3.core.locator.ClasspathSqlLocator.create();
            Instant moved = Instant.parse("2026-12-31T16:00:00Z");

            int applied = jdbi.inTransaction(h -> {
                h.execute(sql.locate(DeadlineRecompute.class, "createResults"));
                // both results were read at version 0; a transition has since written the second case's clocks
                h.execute("UPDATE case_clocks SET version = version + 1 WHERE case_id = ?", stale);
                for (long id : new long[] {fresh, stale}) {
                    h.execute("INSERT INTO deadline_recomputed SELECT case_id, 0, legal_due_at, ?, promised_due_at, "
                            + "?, true FROM case_clocks WHERE case_id = ?", moved, moved, id);
                }
                return h.createUpdate(sql.locate(DeadlineRecompute.class, "applyResults")).bind("current", 2)
                        .bind("old", 1).bind("minId", Math.min(fresh, stale)).bind("maxId", Math.max(fresh, stale))
                        .bind("now", Instant.now()).bind("reason", "测试").execute();
            });

            assertThat(applied).isEqualTo(1);
            Map<String, CaseRow> now = cases(jdbi);
            assertThat(now.get("OPEN-2026-09-01-1").legal()).isEqualTo(moved);
            assertThat(now.get("OPEN-2026-09-01-1").version()).isEqualTo(2);
            assertThat(now.get("OPEN-2026-09-02-1")).as("left for the next pass")
                    .isEqualTo(old.get("OPEN-2026-09-02-1"));
            assertThat(history(jdbi)).containsOnlyKeys(fresh);
        } finally {
            postgres.drop(name);
        }
    }
}
