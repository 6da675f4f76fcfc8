package org.yichuang.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.StaffInfo;
import org.yichuang.core.api.queue.QueueSettingsChange;
import org.yichuang.core.api.queue.TicketRequest;
import org.yichuang.core.api.queue.TransferRequest;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.IssuingWindow;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.staff.Role;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.web.Json;

/**
 * The order call next hands tickets out in, across the categories a counter serves (issue 12 item 4, RULES.md §8.3):
 * sent to this counter first, then priority, then the longest wait times the category's weight. Call next reads
 * each category's head from an index and picks the best head, so these cases pin down that the heads compare the
 * way one sorted queue would.
 */
class CallNextOrderTest {
    private MutableClock clock;
    private TestServer server;
    private TicketService tickets;
    private CounterDesk desk;
    private long staffId;

    @BeforeEach
    void start() {
        clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));   // 10:00 in the hall
        server = TestServer.start(clock);
        QueueSettingsService settings = new QueueSettingsService(server.jdbi(), Json.newObjectMapper(),
                new SecureRandom(), clock, new QueueChanges(() -> { }));
        QueueChanges none = new QueueChanges(() -> { });
        QueueEvents events = new QueueEvents(none);
        tickets = new TicketService(server.jdbi(), settings, events, clock);
        desk = new CounterDesk(server.jdbi(), settings, none, clock);
        staffId = server.jdbi().withHandle(h -> h.createQuery("SELECT id FROM staff WHERE username = :u")
                .bind("u", server.username(Role.ADMIN)).mapTo(Long.class).one());
        QueueSettings d = settings.current().settings();
        List<IssuingWindow> allDay = List.of(new IssuingWindow(LocalTime.of(3, 0, 1), LocalTime.of(23, 59, 59)));
        // counter 1 serves A twice as eagerly as B; counter 2 serves A only
        settings.save(clerk(0), new QueueSettingsChange(0, new QueueSettings(List.of(
                new QueueCategory("A", "综合业务", 'A', List.of(), allDay, null, false, true),
                new QueueCategory("B", "不动产登记", 'B', List.of(), allDay, null, false, true)),
                List.of(new CounterAssignment(1, "A", 2, false), new CounterAssignment(1, "B", 1, false),
                        new CounterAssignment(2, "A", 1, false)),
                d.priority(), d.ordering(), d.elderly(), d.missed(), d.holdTime(), d.dayReset(), d.booking())));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Principal clerk(int counterNo) {
        return new Principal(staffId, 0, new StaffInfo("t", "t", Set.of(Role.WINDOW, Role.ADMIN)), null,
                counterNo == 0 ? null : new CounterInfo(counterNo, counterNo + "号窗口", "大厅"),
                ZoneId.of("Asia/Shanghai"), Instant.MAX);
    }

    private long issue(String category) {
        return tickets.issue(clerk(1), new TicketRequest(category, null, null, null)).id();
    }

    private long callAndFinish(int counterNo) {
        long id = desk.callNext(clerk(counterNo)).id();
        desk.finish(clerk(counterNo), id);
        return id;
    }

    @Test
    void the_longest_wait_times_the_weight_wins_across_categories() {
        long b1 = issue("B");
        clock.advance(Duration.ofMinutes(3));
        long a1 = issue("A");
        clock.advance(Duration.ofMinutes(5));
        // B1 waited 8 min × 1, A1 5 min × 2 = 10: A1 first, although B1 came earlier
        assertThat(callAndFinish(1)).isEqualTo(a1);
        long a2 = issue("A");
        clock.advance(Duration.ofMinutes(1));
        // B1 9 min × 1 beats A2 1 min × 2; then A2
        assertThat(callAndFinish(1)).isEqualTo(b1);
        assertThat(callAndFinish(1)).isEqualTo(a2);
    }

    @Test
    void a_priority_ticket_in_any_served_category_goes_before_longer_waits() {
        long a1 = issue("A");
        clock.advance(Duration.ofMinutes(30));
        String first17 = "11010519500101123";
        long elderly = tickets.issue(clerk(1), new TicketRequest("B", DocumentType.RESIDENT_ID,
                first17 + IdNumber.checkDigit(first17), null)).id();
        clock.advance(Duration.ofMinutes(1));

        assertThat(callAndFinish(1)).isEqualTo(elderly);
        assertThat(callAndFinish(1)).isEqualTo(a1);
    }

    @Test
    void a_ticket_sent_to_a_counter_goes_first_there_and_nowhere_else() {
        long a1 = issue("A");
        clock.advance(Duration.ofMinutes(5));
        long a2 = issue("A");
        clock.advance(Duration.ofMinutes(5));
        long a3 = issue("A");
        clock.advance(Duration.ofMinutes(1));
        // counter 1 calls A1 and sends it on to counter 2 (转窗口, keeping its number)
        assertThat(desk.callNext(clerk(1)).id()).isEqualTo(a1);
        desk.transfer(clerk(1), a1, new TransferRequest(null, 2));

        // counter 1 goes on with A2, although A1 waited longer; counter 2 takes A1 before A3
        assertThat(callAndFinish(1)).isEqualTo(a2);
        assertThat(callAndFinish(2)).isEqualTo(a1);
        assertThat(callAndFinish(2)).isEqualTo(a3);
    }
}
