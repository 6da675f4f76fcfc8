package org.yichuang.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
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
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.queue.TicketStatus;
import org.yichuang.core.staff.Role;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.db.Database;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.testing.TimeBound;
import org.yichuang.server.web.Json;

/**
 * The queue's head (hall, settings version, first hold's end) as each server instance keeps it for up to
 * {@link QueueSettingsService#HEAD_MAX_AGE}: a change applies at once on the instance that made it and within that age
 * on every other, on real PostgreSQL with two instances' pools.
 */
@TimeBound
class QueueHeadTest {
    private TestServer server;
    private Database poolB;
    private MutableClock clock;
    private QueueSettingsService settingsA;
    private CounterDesk deskA;
    private CounterDesk deskB;
    private TicketService ticketsA;
    private long staffId;

    @BeforeEach
    void start() {
        clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));
        server = TestServer.start(clock);
        poolB = server.openPool(2);
        QueueChanges none = new QueueChanges(() -> { });
        QueueEvents events = new QueueEvents(none);
        settingsA = new QueueSettingsService(server.jdbi(), Json.newObjectMapper(), new SecureRandom(), clock,
                new QueueChanges(() -> { }));
        deskA = new CounterDesk(server.jdbi(), settingsA, none, clock);
        ticketsA = new TicketService(server.jdbi(), settingsA, events, clock);
        deskB = new CounterDesk(poolB.jdbi(), new QueueSettingsService(poolB.jdbi(), Json.newObjectMapper(),
                new SecureRandom(), clock, new QueueChanges(() -> { })), none, clock);
        staffId = server.jdbi().withHandle(h -> h.createQuery("SELECT id FROM staff WHERE username = :u")
                .bind("u", server.username(Role.ADMIN)).mapTo(Long.class).one());
        serve(List.of(1, 2));
    }

    @AfterEach
    void stop() {
        poolB.close();
        server.close();
    }

    @Test
    void a_settings_change_applies_at_once_where_it_was_saved_and_within_a_second_on_another_instance() {
        ticketsA.issue(null, new TicketRequest("GENERAL", null, null, null));
        // both instances have read the head: counter 1 serves GENERAL
        assertThat(deskA.view(clerk(1)).waiting()).containsKey("GENERAL");
        assertThat(deskB.view(clerk(1)).waiting()).containsKey("GENERAL");

        serve(List.of(2));   // saved on A: counter 1 serves nothing now

        assertThatThrownBy(() -> deskA.callNext(clerk(1))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessage()).contains("1号窗口未设置办理的业务类别"));
        // B, by its monotonic clock (the test clock stands still), reads the head again within a second or so
        await().atMost(Duration.ofSeconds(3)).until(() -> deskB.view(clerk(1)).waiting().isEmpty());
        assertThatThrownBy(() -> deskB.callNext(clerk(1))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.QUEUE_EMPTY));
        assertThat(deskB.callNext(clerk(2)).number()).isEqualTo("A001");
    }

    @Test
    void a_hold_set_on_one_instance_returns_on_the_other_once_its_time_is_up() {
        TicketView t = ticketsA.issue(null, new TicketRequest("GENERAL", null, null, null));
        // B has read the head while nothing was held
        assertThat(deskB.view(clerk(1)).current()).isNull();
        assertThat(deskA.callNext(clerk(1)).id()).isEqualTo(t.id());
        TicketView held = deskA.hold(clerk(1), t.id());
        assertThat(held.status()).isEqualTo(TicketStatus.HELD);

        clock.advance(settingsA.current().settings().holdTime().plusSeconds(1));

        // the hold ends by itself: B's next call finds it back, sent to counter 1, so B's counter 2 waits
        assertThatThrownBy(() -> deskB.callNext(clerk(2))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.QUEUE_EMPTY));
        TicketView back = deskB.callNext(clerk(1));
        assertThat(back.id()).isEqualTo(t.id());
        assertThat(back.status()).isEqualTo(TicketStatus.CALLED);
    }

    /** Saves the settings on A with {@code counters} serving GENERAL. */
    private void serve(List<Integer> counters) {
        var current = settingsA.current();
        QueueSettings d = current.settings();
        settingsA.save(clerk(0), new QueueSettingsChange(current.version(), new QueueSettings(d.categories(),
                counters.stream().map(n -> new CounterAssignment(n, "GENERAL", 1, false)).toList(), d.priority(),
                d.ordering(), d.elderly(), d.missed(), d.holdTime(), d.dayReset(), d.booking())));
    }

    private Principal clerk(int counterNo) {
        return new Principal(staffId, 0, new StaffInfo("t", "t", Set.of(Role.WINDOW, Role.ADMIN)), null,
                counterNo == 0 ? null : new CounterInfo(counterNo, counterNo + "号窗口", "大厅"),
                ZoneId.of("Asia/Shanghai"), Instant.MAX);
    }
}
