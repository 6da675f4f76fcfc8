package org.yichuang.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.StaffInfo;
import org.yichuang.core.api.queue.QueueSettingsChange;
import org.yichuang.core.api.queue.TicketRequest;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.staff.Role;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.db.Database;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.web.Json;

/**
 * Many counters calling at once on real PostgreSQL: every ticket is handed to exactly one counter, none is left
 * waiting, and the queue's order holds for each counter, with the counters spread over two server instances' pools
 * (issue 12 item 5).
 */
class CallNextExactlyOnceTest {
    private static final int COUNTERS = 40;
    private static final int TICKETS = 200;

    private TestServer server;
    private Database instanceA;
    private Database instanceB;
    private MutableClock clock;
    private QueueSettingsService settings;
    private TicketService tickets;
    private CounterDesk deskA;
    private CounterDesk deskB;
    private long staffId;

    @BeforeEach
    void start() {
        clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));
        server = TestServer.start(clock);
        // two server instances' pools on one database, each counter on one of them
        instanceA = server.openPool(COUNTERS / 2);
        instanceB = server.openPool(COUNTERS / 2);
        settings = new QueueSettingsService(server.jdbi(), Json.newObjectMapper(), new SecureRandom(), clock, new QueueChanges(() -> { }));
        QueueChanges none = new QueueChanges(() -> { });
        QueueEvents events = new QueueEvents(none);
        tickets = new TicketService(server.jdbi(), settings, events, clock);
        deskA = new CounterDesk(instanceA.jdbi(), new QueueSettingsService(instanceA.jdbi(), Json.newObjectMapper(),
                new SecureRandom(), clock, new QueueChanges(() -> { })), none, clock);
        deskB = new CounterDesk(instanceB.jdbi(), new QueueSettingsService(instanceB.jdbi(), Json.newObjectMapper(),
                new SecureRandom(), clock, new QueueChanges(() -> { })), none, clock);
        staffId = server.jdbi().withHandle(h -> h.createQuery("SELECT id FROM staff WHERE username = :u")
                .bind("u", server.username(Role.ADMIN)).mapTo(Long.class).one());
        QueueSettings defaults = settings.current().settings();
        settings.save(principal(0), new QueueSettingsChange(0, new QueueSettings(defaults.categories(),
                IntStream.rangeClosed(1, COUNTERS).mapToObj(n -> new CounterAssignment(n, "GENERAL", 1, false))
                        .toList(), defaults.priority(), defaults.ordering(), defaults.elderly(), defaults.missed(),
                defaults.holdTime(), defaults.dayReset(), defaults.booking())));
    }

    @AfterEach
    void stop() {
        instanceA.close();
        instanceB.close();
        server.close();
    }

    private Principal principal(int counterNo) {
        return new Principal(staffId, 0, new StaffInfo("t", "t", Set.of(Role.WINDOW, Role.ADMIN)), null,
                counterNo == 0 ? null : new CounterInfo(counterNo, counterNo + "号窗口", "大厅"),
                ZoneId.of("Asia/Shanghai"), Instant.MAX);
    }

    @Test
    void forty_counters_on_two_instances_calling_at_once_take_every_ticket_exactly_once_in_queue_order() throws Exception {
        List<Long> issued = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            issued.add(tickets.issue(null, new TicketRequest("GENERAL", null, null, null)).id());
            clock.advance(java.time.Duration.ofMillis(10));   // distinct places in the queue
        }
        ConcurrentLinkedQueue<Long> called = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        try {
            List<Future<List<Long>>> perCounter = new ArrayList<>();
            for (int n = 1; n <= COUNTERS; n++) {
                Principal clerk = principal(n);
                CounterDesk desk = n % 2 == 0 ? deskA : deskB;
                perCounter.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    while (true) {
                        TicketView t;
                        try {
                            t = desk.callNext(clerk);
                        } catch (DomainException e) {
                            assertThat(e.code()).isEqualTo(ErrorCode.QUEUE_EMPTY);
                            return mine;
                        }
                        called.add(t.id());
                        mine.add(t.id());
                        desk.finish(clerk, t.id());
                    }
                }));
            }
            for (Future<List<Long>> f : perCounter) {
                List<Long> mine = f.get();
                // each counter's own calls follow the queue: later calls never take an earlier ticket
                assertThat(mine).isSorted();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(called).hasSize(TICKETS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(issued);
        Integer notDone = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM tickets WHERE status <> 'DONE'").mapTo(Integer.class).one());
        List<Integer> calledTwice = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM queue_events "
                + "WHERE kind = 'CALLED' GROUP BY ticket_id HAVING count(*) > 1").mapTo(Integer.class).list());
        assertThat(notDone).isZero();
        assertThat(calledTwice).isEmpty();
    }
}
