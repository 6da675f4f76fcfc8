package org.yichuang.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.HeadlessChromium;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.testing.TimeBound;
import org.yichuang.server.web.Json;

/**
 * The kiosk, booking and phone pages in a real headless Chromium (issue 12 item 10): touched as a person would,
 * under their content security policy, with nothing loaded from anywhere but the server.
 */
@TimeBound
class QueuePagesBrowserTest {
    /** Monday 2026-12-07, 10:00 in Beijing: inside the default issuing window. */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-12-07T02:00:00Z");
    private static final ObjectMapper JSON = Json.newObjectMapper();

    private static TestServer server;
    private static HeadlessChromium browser;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        server = TestServer.start(new MutableClock(MONDAY_10_00));
        api = new ApiClient(server.baseUrl());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String console() {
        return String.join("\n", browser.console());
    }

    private static String text(String id) {
        return browser.eval("document.getElementById('" + id + "').textContent").asText();
    }

    private static void click(String selector) {
        browser.eval("(function () { document.querySelector(\"" + selector + "\").click(); return true; })()");
    }

    private static void type(String id, String value) {
        browser.eval("(function () { document.getElementById('" + id + "').value = '" + value + "'; return true; })()");
    }

    private static String idBornIn(int year, int serial) {
        String first17 = "110105" + year + "0101" + String.format("%03d", serial);
        return first17 + IdNumber.checkDigit(first17);
    }

    @Test
    void at_the_kiosk_a_touch_on_a_category_shows_the_ticket_with_people_ahead_and_a_qr_code() throws Exception {
        String clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
        api.postJson("/api/queue/tickets", clerk, Map.of("categoryCode", "GENERAL"));
        int issued = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM tickets").mapTo(Integer.class)
                .one());
        int before = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM tickets WHERE status = 'WAITING'")
                .mapTo(Integer.class).one());

        browser.open(server.baseUrl() + "/kiosk");
        assertThat(browser.waitFor("document.querySelector('#categories button[data-code=GENERAL]') !== null",
                Duration.ofSeconds(10))).isTrue();
        String fontSize = browser.eval("getComputedStyle(document.body).fontSize").asText();
        click("#categories button[data-code=GENERAL]");
        boolean shown = browser.waitFor("!document.getElementById('result').hidden", Duration.ofSeconds(10));
        boolean qrDrawn = browser.waitFor("document.getElementById('qr').complete"
                + " && document.getElementById('qr').naturalWidth > 0", Duration.ofSeconds(10));

        assertThat(shown).as(console()).isTrue();
        assertThat(text("number")).isEqualTo("A" + String.format("%03d", issued + 1));
        assertThat(text("ahead")).isEqualTo("您前面还有 " + before + " 人");
        assertThat(text("category")).isEqualTo("综合受理");
        assertThat(qrDrawn).isTrue();
        assertThat(fontSize).isEqualTo("28px");
        assertThat(console()).doesNotContainIgnoringCase("Content Security Policy").doesNotContain("exception:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void on_the_booking_page_an_applicant_books_a_slot_and_then_cancels_it() throws Exception {
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        JsonNode current = api.get("/api/queue/settings", admin).json();
        Map<String, Object> settings = JSON.convertValue(current.get("settings"), Map.class);
        ((Map<String, Object>) ((List<Object>) settings.get("categories")).get(0)).put("bookingOffered", true);
        assertThat(api.putJson("/api/queue/settings", admin, Map.of("expectedVersion",
                current.get("version").asInt(), "settings", settings)).status()).isEqualTo(200);

        browser.viewport(390, 844);
        try {
            browser.open(server.baseUrl() + "/booking");
            assertThat(browser.waitFor("document.querySelector('#categories button[data-code=GENERAL]') !== null",
                    Duration.ofSeconds(10))).as(console()).isTrue();
            click("#categories button[data-code=GENERAL]");
            click("#days button[data-day='2026-12-09']");
            click("#slots button[data-start='14:00:00']");
            type("name", "李四");
            type("document", idBornIn(1985, 7));
            type("phone", "13912345678");
            click("#book");
            boolean booked = browser.waitFor("!document.getElementById('done').hidden", Duration.ofSeconds(10));
            String status = text("b-status");
            String when = text("b-when");
            String address = browser.eval("location.search").asText();
            click("#cancel");
            boolean cancelled = browser.waitFor("document.getElementById('b-status').textContent === '已取消'",
                    Duration.ofSeconds(10));
            int pageWidth = browser.eval("document.documentElement.scrollWidth").asInt();

            assertThat(booked).as(text("error") + console()).isTrue();
            assertThat(status).isEqualTo("已预约");
            assertThat(when).isEqualTo("12月9日（周三） 14:00–15:00");
            assertThat(address).matches("\\?b=[0-9a-f]{32}");
            assertThat(cancelled).as(text("error")).isTrue();
            assertThat(browser.eval("document.getElementById('cancel').hidden").asBoolean()).isTrue();
            List<String> stored = server.jdbi().withHandle(h -> h.createQuery("SELECT status FROM bookings")
                    .mapTo(String.class).list());
            assertThat(stored).containsExactly("CANCELLED");
            assertThat(pageWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
            assertThat(console()).doesNotContainIgnoringCase("Content Security Policy").doesNotContain("exception:");
        } finally {
            browser.viewport(1280, 800);
        }
    }

    @Test
    void the_phone_page_follows_the_public_stream_and_shows_the_counter_once_the_ticket_is_called() throws Exception {
        String clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 2);
        // the counter finishes what earlier tests left waiting, so the ticket below is the next one called
        for (ApiClient.Response r = api.postJson("/api/queue/counter/next", clerk, Map.of()); r.status() == 200;
                r = api.postJson("/api/queue/counter/next", clerk, Map.of())) {
            api.postJson("/api/queue/tickets/" + r.json().get("id").asLong() + "/finish", clerk, Map.of());
        }
        JsonNode ticket = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL")).json();

        browser.viewport(390, 844);
        try {
            browser.open(server.baseUrl() + ticket.get("statusPath").asText());
            boolean waiting = browser.waitFor("document.body.dataset.status === 'WAITING'", Duration.ofSeconds(10));
            // while the stream is open the page does not poll: the change below can only come from the event
            boolean live = browser.waitFor("document.body.dataset.live === 'stream'", Duration.ofSeconds(10));
            String number = text("number");
            String ahead = text("ahead");
            api.postJson("/api/queue/counter/next", clerk, Map.of());
            boolean called = browser.waitFor("document.body.dataset.status === 'CALLED'", Duration.ofSeconds(15));

            assertThat(waiting).as(text("error") + console()).isTrue();
            assertThat(live).as("connected to /public/queue/events").isTrue();
            assertThat(number).isEqualTo(ticket.get("number").asText());
            assertThat(ahead).isEqualTo("下一位就是您，请留意叫号");
            assertThat(called).isTrue();
            assertThat(text("status")).isEqualTo("请到 2 号窗口办理");
            assertThat(console()).doesNotContainIgnoringCase("Content Security Policy").doesNotContain("exception:");
        } finally {
            browser.viewport(1280, 800);
        }
    }

    @Test
    void the_phone_page_polls_every_five_seconds_while_the_stream_is_not_open() throws Exception {
        String clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 4);
        for (ApiClient.Response r = api.postJson("/api/queue/counter/next", clerk, Map.of()); r.status() == 200;
                r = api.postJson("/api/queue/counter/next", clerk, Map.of())) {
            api.postJson("/api/queue/tickets/" + r.json().get("id").asLong() + "/finish", clerk, Map.of());
        }
        JsonNode ticket = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL")).json();

        // a stream that never opens, as one reconnecting after a drop stays (readyState CONNECTING)
        String stuck = browser.addScriptOnNewDocument("window.EventSource = function () { this.readyState = 0;"
                + " this.close = function () { this.readyState = 2; }; this.addEventListener = function () {}; };");
        try {
            browser.open(server.baseUrl() + ticket.get("statusPath").asText());
            boolean waiting = browser.waitFor("document.body.dataset.status === 'WAITING'", Duration.ofSeconds(10));
            api.postJson("/api/queue/counter/next", clerk, Map.of());
            long start = System.nanoTime();
            boolean called = browser.waitFor("document.body.dataset.status === 'CALLED'", Duration.ofSeconds(15));
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

            assertThat(waiting).as(text("error") + console()).isTrue();
            assertThat(browser.eval("document.body.dataset.live").asText()).isEqualTo("polling");
            assertThat(called).as("the next 5 s poll shows the call").isTrue();
            assertThat(seconds).isLessThanOrEqualTo(6);
        } finally {
            browser.removeScriptOnNewDocument(stuck);
        }
        assertThat(text("status")).isEqualTo("请到 4 号窗口办理");
    }
}
