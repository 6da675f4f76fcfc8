package org.yichuang.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.AlertSubscription;
import org.yichuang.core.api.CaseAlertEvent;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.supervision.AlertLevel;

/** The 红黄牌 stream over a scripted loopback server: parsing, Last-Event-ID, drops and closing. */
class AlertStreamReaderTest {
    private static final Duration SLOW = Duration.ofSeconds(20);
    private HttpServer server;
    private final CountDownLatch hold = new CountDownLatch(1);
    private final AtomicReference<String> lastEventId = new AtomicReference<>();
    private final AtomicReference<String> accept = new AtomicReference<>();

    /** Serves {@code body} as an event stream, then keeps the connection open until released or ends it. */
    private URI serve(String body, boolean keepOpen) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/alerts/stream", exchange -> {
            lastEventId.set(exchange.getRequestHeaders().getFirst("Last-Event-ID"));
            accept.set(exchange.getRequestHeaders().getFirst("Accept"));
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (keepOpen) {
                try {
                    hold.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        hold.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private static final class Recorder implements AlertSubscription.Listener {
        final List<CaseAlertEvent> events = new CopyOnWriteArrayList<>();
        final List<Throwable> drops = new CopyOnWriteArrayList<>();
        final CountDownLatch opened = new CountDownLatch(1);

        @Override
        public void opened() {
            opened.countDown();
        }

        @Override
        public void event(CaseAlertEvent event) {
            events.add(event);
        }

        @Override
        public void dropped(Throwable cause) {
            drops.add(cause);
        }
    }

    private static final String EVENTS = ": connected\n\n"
            + "id: 41\nevent: alert\ndata: {\"id\":41,\"caseNo\":\"C1\",\"oldLevel\":\"NONE\",\"newLevel\":\"WARNING\","
            + "\"newLabel\":\"预警\",\"reason\":\"剩余2个工作日\",\"at\":\"2026-03-12T01:00:00Z\"}\n\n"
            + ": heartbeat\n\n"
            + "id: 42\nevent: alert\ndata: {\"caseNo\":\"C2\",\"oldLevel\":\"YELLOW\",\"newLevel\":\"RED\","
            + "\"newLabel\":\"红牌\",\"reason\":\"超过法定期限\",\"at\":\"2026-03-31T16:00:00Z\"}\n\n";

    @Test
    void events_arrive_parsed_and_resume_after_the_last_event_id() throws Exception {
        HttpHallApi api = new HttpHallApi(serve(EVENTS, true));
        Recorder recorder = new Recorder();
        try (AlertSubscription s = api.subscribeAlerts("40", recorder)) {
            assertThat(recorder.opened.await(20, TimeUnit.SECONDS)).isTrue();
            await().atMost(SLOW).until(() -> recorder.events.size() == 2);
            assertThat(lastEventId.get()).isEqualTo("40");
            assertThat(accept.get()).isEqualTo("text/event-stream");
            CaseAlertEvent first = recorder.events.get(0);
            assertThat(first.id()).isEqualTo(41);
            assertThat(first.newLevel()).isEqualTo(AlertLevel.WARNING);
            assertThat(first.reason()).isEqualTo("剩余2个工作日");
            // an event whose JSON lacks the id takes the SSE id: the resume position is never lost
            assertThat(recorder.events.get(1).id()).isEqualTo(42);
            assertThat(recorder.events.get(1).newLevel()).isEqualTo(AlertLevel.RED);
        }
        assertThat(recorder.drops).as("closing is not a drop").isEmpty();
    }

    @Test
    void a_stream_the_server_ends_is_reported_as_dropped_so_the_feed_reconnects() throws Exception {
        HttpHallApi api = new HttpHallApi(serve(EVENTS, false));
        Recorder recorder = new Recorder();
        try (AlertSubscription s = api.subscribeAlerts(null, recorder)) {
            await().atMost(SLOW).until(() -> recorder.drops.size() == 1);
            assertThat(recorder.events).hasSize(2);
            assertThat(lastEventId.get()).isNull();
            assertThat(((ApiException) recorder.drops.get(0)).code()).isEqualTo(ErrorCode.SERVER_UNREACHABLE);
        }
    }

    @Test
    void no_server_at_all_is_a_drop_not_an_exception_on_the_caller() throws Exception {
        HttpHallApi api = new HttpHallApi(URI.create("http://127.0.0.1:9"), Duration.ofSeconds(2));
        Recorder recorder = new Recorder();
        try (AlertSubscription s = api.subscribeAlerts("7", recorder)) {
            await().atMost(SLOW).until(() -> recorder.drops.size() == 1);
            assertThat(recorder.opened.getCount()).isEqualTo(1);
        }
    }
}
