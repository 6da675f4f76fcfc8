package org.yichuang.client.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.core.api.CaseAlertEvent;
import org.yichuang.core.supervision.AlertLevel;

class AlertFeedTest {
    private final FakeHallApi api = CaseFixture.signedInClerk();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final AlertFeed feed = new AlertFeed(api, Runnable::run, (delay, task) -> {
        delays.add(delay);
        scheduled.add(task);
        return () -> scheduled.remove(task);
    });

    @Test
    void events_reach_the_listeners_and_the_status_shows_live() {
        String a = CaseFixture.newCase(api, "张三");
        List<CaseAlertEvent> seen = new ArrayList<>();
        feed.addAlertListener(seen::add);
        feed.start();
        assertThat(feed.status()).isEqualTo(AlertFeed.Status.LIVE);
        api.pushAlert(a, AlertLevel.WARNING);
        assertThat(seen).extracting(CaseAlertEvent::newLevel).containsExactly(AlertLevel.WARNING);
        assertThat(feed.lastEventId()).isEqualTo("1");
    }

    @Test
    void after_a_drop_it_reconnects_with_the_last_event_id_and_backs_off() {
        String a = CaseFixture.newCase(api, "张三");
        feed.start();
        api.pushAlert(a, AlertLevel.WARNING);
        api.pushAlert(a, AlertLevel.YELLOW);
        api.dropAlertStreams();
        assertThat(feed.status()).isEqualTo(AlertFeed.Status.RECONNECTING);
        assertThat(delays).containsExactly(Duration.ofSeconds(1));
        scheduled.remove(0).run();
        assertThat(feed.status()).isEqualTo(AlertFeed.Status.LIVE);
        assertThat(api.alertSubscriptions()).containsExactly("null", "2");
        api.dropAlertStreams();
        assertThat(delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void stop_ends_the_stream_and_cancels_a_pending_reconnect() {
        feed.start();
        api.dropAlertStreams();
        assertThat(scheduled).hasSize(1);
        feed.stop();
        assertThat(scheduled).isEmpty();
        assertThat(feed.status()).isEqualTo(AlertFeed.Status.OFF);
    }
}
