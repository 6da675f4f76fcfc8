package org.yichuang.server.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.yichuang.server.supervision.SupervisedCases.at;
import static org.yichuang.server.supervision.SupervisedCases.endOf;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.yichuang.server.hall.DayBoundary;
import org.yichuang.server.queue.live.QueueStream;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

class DayBoundarySweepTest {

    @Test
    void the_server_turns_a_case_yellow_at_the_hall_midnight_after_its_promised_day_and_leaves_no_thread() {
        // 23:59:59.5 on the promised day, in the hall
        MutableClock clock = new MutableClock(at("2025-10-30", "23:59:59.5"));
        TestServer server = TestServer.start(clock);
        long id;
        try {
            SupervisedCases cases = new SupervisedCases(server.jdbi());
            id = cases.newCase().due(endOf("2025-10-30"), endOf("2025-11-27")).level("WARNING").insert();

            clock.advance(Duration.ofSeconds(1));

            await().atMost(Duration.ofSeconds(20)).until(() -> cases.level(id).equals("YELLOW"));
            Instant at = server.jdbi().withHandle(h -> h.createQuery("SELECT at FROM alert_events WHERE case_id = :id")
                    .bind("id", id).mapTo(OffsetDateTime.class).one().toInstant());
            assertThat(at).isEqualTo(Instant.parse("2025-10-30T16:00:00.000001Z"));
        } finally {
            server.close();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
                && (t.getName().equals(DayBoundary.THREAD_NAME) || t.getName().equals(AlertStream.THREAD_NAME)
                || t.getName().equals(QueueStream.THREAD_NAME) || t.getName().equals(QueueStream.LISTEN_THREAD_NAME)));
    }
}
