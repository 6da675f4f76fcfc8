package org.yichuang.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.yichuang.core.calendar.CalendarCsv;
import org.yichuang.core.calendar.CalendarSchedule;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.staff.Role;
import org.yichuang.server.calendar.CalendarService;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.OpenCases;
import org.yichuang.server.testing.TestServer;

/**
 * Measures the recompute of open deadlines after a calendar change (issue 9 figure). The server's clock stands at
 * 2026-09-01 09:00 (hall time); N open cases accepted from June to August 2026 are seeded straight into PostgreSQL
 * with their version-1 due dates, and their 红黄牌 levels are brought up to date by the day-boundary sweep (as in a
 * running hall). Then POST /api/calendar/import replaces 2026 with five extra Friday holidays (confirmed), which
 * touches most of them; the import answers after the recompute and the 红黄牌 refresh of the moved cases, so its
 * round trip is the figure. The server runs in this JVM so its heap can be read. Next to it, the floor: PostgreSQL
 * alone rewriting the same rows' due dates in one UPDATE, and, as this run's measure of the machine comparable with
 * the runs before V21 moved the dates out of the case rows, PostgreSQL rewriting the wide case rows themselves. Used
 * by bench/calendar-recompute.sh; not a test.
 */
public final class CalendarRecomputeBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> EXTRA_OFF = List.of("2026-06-26", "2026-07-03", "2026-07-17", "2026-08-14",
            "2026-09-11");

    private CalendarRecomputeBench() {
    }

    /** Arguments: [open cases]. */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        LocalDate from = LocalDate.of(2026, 6, 1);
        LocalDate to = LocalDate.of(2026, 8, 31);
        java.time.Instant now = LocalDate.of(2026, 9, 1).atTime(9, 0).atZone(ZONE).toInstant();
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        int perDay = Math.max(1, (count + days - 1) / days);
        try (TestServer server = TestServer.start(Clock.fixed(now, ZONE))) {
            CalendarService calendars = new CalendarService(server.jdbi(), Clock.fixed(now, ZONE));
            WorkCalendar v1 = calendars.current();
            OpenCases.Item item = OpenCases.workingDayItem(server.jdbi());
            long seedStart = System.nanoTime();
            long seeded = OpenCases.seed(server.jdbi(), v1, ZONE, item, from, to, perDay, "ACCEPTED", "B");
            server.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE cases"));
            System.err.printf("bench: seeded %,d open cases in %.1f s%n", seeded,
                    (System.nanoTime() - seedStart) / 1e9);
            long sweepStart = System.nanoTime();
            int levels = new org.yichuang.server.supervision.AlertService(server.jdbi(), calendars::current)
                    .recomputeOpen(now);
            server.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE cases"));
            System.err.printf("bench: 红黄牌 of the seeded cases set by the sweep (%,d levels) in %.1f s%n", levels,
                    (System.nanoTime() - sweepStart) / 1e9);

            String csv = CalendarCsv.format(CalendarSchedule.of(CalendarService.shipped().entriesOf(2026)))
                    + String.join("", EXTRA_OFF.stream().map(d -> d + ",off,测试调整\n").toList());
            ApiClient api = new ApiClient(server.baseUrl());
            String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);

            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            // the client's usual 30 s would cut a slow run short instead of measuring it
            Response r = api.send(api.builder("/api/calendar/import", admin).timeout(java.time.Duration.ofMinutes(10))
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("csv", csv,
                                    "source", "bench", "confirm", true)))));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
            if (r.status() != 200) {
                throw new IllegalStateException("import failed: " + r.status() + " " + r.body());
            }
            long checked = r.json().path("casesChecked").asLong();
            long moved = r.json().path("casesMoved").asLong();
            if (checked != seeded) {
                throw new IllegalStateException("checked " + checked + " of " + seeded);
            }

            // the floor: PostgreSQL alone rewriting both due dates of every case in one statement (in case_clocks
            // since V21)
            long floorStart = System.nanoTime();
            server.jdbi().useHandle(h -> h.execute("UPDATE case_clocks d SET legal_due_at = d.legal_due_at + "
                    + "interval '1 day', promised_due_at = d.promised_due_at + interval '1 day' FROM cases k "
                    + "WHERE k.id = d.case_id AND k.case_no LIKE 'B-%'"));
            double floor = (System.nanoTime() - floorStart) / 1e9;
            // a reference for this machine's speed in this run, comparable with the floor of the runs before V21
            // (which rewrote the wide case rows): PostgreSQL alone rewriting the same wide case rows with an entry
            // in every index of cases (received_at is indexed, so the update cannot be HOT)
            long wideStart = System.nanoTime();
            server.jdbi().useHandle(h -> h.execute("UPDATE cases SET received_at = received_at + interval '1 second' "
                    + "WHERE case_no LIKE 'B-%'"));
            double wide = (System.nanoTime() - wideStart) / 1e9;

            // the machine is shared: its load says how far the absolute times are from an idle machine's
            String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
            System.out.printf("FIGURE calendar-recompute: %,d open cases, %,d due dates moved, recomputed after a "
                    + "calendar import in %.2f s (%,.0f cases/s), peak heap %d MB (max %d MB); PostgreSQL alone "
                    + "rewriting the same rows' due dates in one UPDATE %.2f s (ratio %.1f); rewriting the same wide "
                    + "case rows in one UPDATE %.2f s (ratio %.2f); load average %s on %d cores%n", checked, moved,
                    seconds, checked / seconds, peakMb, Runtime.getRuntime().maxMemory() / (1024 * 1024), floor,
                    seconds / floor, wide, seconds / wide, load, Runtime.getRuntime().availableProcessors());
        }
    }
}
