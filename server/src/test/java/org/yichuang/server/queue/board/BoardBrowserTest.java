package org.yichuang.server.queue.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.queue.CallAnnouncement;
import org.yichuang.core.queue.TicketNumber;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.HeadlessChromium;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * The display board (叫号大屏, issue 12 item 7) in a real headless Chromium: a call made through the API appears in
 * large type, is announced from the recorded Mandarin segments in order with no announcement cutting off another,
 * a blocked autoplay shows 开启声音 and plays after one click, nothing personal is on the page and nothing is loaded
 * from anywhere but the server. Runs where Chromium is installed (Debian package {@code chromium}).
 */
class BoardBrowserTest {
    /** Monday 2026-12-07, 10:00 in Beijing: inside the default issuing window. */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-12-07T02:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Two announcements of about a dozen segments each. */
    private static final Duration SPOKEN = Duration.ofSeconds(60);

    private static final String AUTOPLAY = "--autoplay-policy=no-user-gesture-required";

    private static TestServer server;
    private static ApiClient api;
    private static String counter1;
    private static String counter2;

    @BeforeAll
    static void start() {
        // ./yichuang test installs Chromium when root; with CI=true a missing browser is a failure, never a skip
        HeadlessChromium.requireInstalled();
        server = TestServer.start(new MutableClock(MONDAY_10_00));
        api = new ApiClient(server.baseUrl());
        counter1 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        counter2 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 2);
    }

    /** Each test starts with both counters free, whatever the one before left. */
    @AfterEach
    void freeCounters() {
        for (String counter : List.of(counter1, counter2)) {
            JsonNode current = api.get("/api/queue/counter", counter).json().path("current");
            if (current.hasNonNull("id")) {
                finish(counter, current);
            }
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String idBornIn(int year) {
        String first17 = "110105" + year + "0101" + "123";
        return first17 + IdNumber.checkDigit(first17);
    }

    private static JsonNode issue(Map<String, Object> body) {
        ApiClient.Response r = api.postJson("/api/queue/tickets", counter1, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static JsonNode callNext(String counter) {
        ApiClient.Response r = api.postJson("/api/queue/counter/next", counter, Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static void finish(String counter, JsonNode ticket) {
        assertThat(api.postJson("/api/queue/tickets/" + ticket.get("id").asLong() + "/finish", counter, Map.of())
                .status()).isEqualTo(200);
    }

    private static CallAnnouncement announcement(JsonNode ticket, int counterNo) {
        return CallAnnouncement.of(TicketNumber.parse(ticket.get("number").asText()), String.valueOf(counterNo));
    }

    private static List<String> boardLog(HeadlessChromium browser) {
        List<String> lines = new ArrayList<>();
        browser.eval("window.__boardLog").forEach(n -> lines.add(n.asText()));
        return lines;
    }

    private static String logContains(String line) {
        return "window.__boardLog.indexOf(" + quote(line) + ") >= 0";
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void openBoard(HeadlessChromium browser, String query) throws InterruptedException {
        browser.open(server.baseUrl() + "/board" + query);
        assertThat(browser.waitFor("window.__boardReady === true", WAIT)).as("the board follows the stream").isTrue();
    }

    @Test
    void a_call_appears_in_large_type_and_is_announced_segment_by_segment_with_nothing_personal_or_external()
            throws Exception {
        String idNumber = idBornIn(1990);
        String clerkName = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT display_name FROM staff WHERE username = :u").bind("u", server.username(Role.WINDOW))
                .mapTo(String.class).one());
        // a board's browser set up as hall signage usually is: sound may play without a touch
        try (HeadlessChromium browser = HeadlessChromium.start(List.of(AUTOPLAY))) {
            openBoard(browser, "?speech=off");
            issue(Map.of("categoryCode", "GENERAL", "documentType", "RESIDENT_ID", "documentNumber", idNumber));
            issue(Map.of("categoryCode", "GENERAL"));

            // two counters call at once: the second announcement waits for the first
            JsonNode first = callNext(counter1);
            JsonNode second = callNext(counter2);
            CallAnnouncement a1 = announcement(first, 1);
            CallAnnouncement a2 = announcement(second, 2);

            assertThat(browser.waitFor("document.getElementById('current-number').textContent === "
                    + quote(second.get("number").asText()), WAIT)).as("the newest call in large type").isTrue();
            assertThat(browser.eval("document.getElementById('recent').textContent").asText())
                    .contains(first.get("number").asText()).contains("1号窗口");
            assertThat(browser.waitFor(logContains("done " + a2.text() + " segments"), SPOKEN))
                    .as("both announced: " + boardLog(browser)).isTrue();

            List<String> sounds = boardLog(browser).stream()
                    .filter(l -> l.startsWith("play ") || l.startsWith("ended ")).toList();
            List<String> expected = new ArrayList<>();
            for (String segment : a1.segments()) {
                expected.add("play " + segment);
                expected.add("ended " + segment);
            }
            for (String segment : a2.segments()) {
                expected.add("play " + segment);
                expected.add("ended " + segment);
            }
            // every segment ends before the next one starts: none cut off, and in the announcement's order
            assertThat(sounds).containsExactlyElementsOf(expected);
            List<String> log = boardLog(browser);
            assertThat(log.indexOf("done " + a1.text() + " segments"))
                    .isLessThan(log.indexOf("announce " + a2.text()));

            // the waiting count follows the queue
            issue(Map.of("categoryCode", "GENERAL"));
            assertThat(browser.waitFor("document.getElementById('waiting').textContent.indexOf('1 人') >= 0", WAIT))
                    .as("waiting: " + browser.eval("document.getElementById('waiting').textContent")).isTrue();

            String page = browser.eval("document.documentElement.outerHTML").asText();
            assertThat(page).doesNotContain(idNumber).doesNotContain(clerkName);
            List<String> loaded = new ArrayList<>();
            browser.eval("performance.getEntriesByType('resource').map(function (e) { return e.name; })")
                    .forEach(n -> loaded.add(n.asText()));
            assertThat(loaded).isNotEmpty().allMatch(url -> url.startsWith(server.baseUrl() + "/"));
            assertThat(String.join("\n", browser.console())).doesNotContainIgnoringCase("Content Security Policy")
                    .doesNotContain("exception:");
        }
    }

    @Test
    void where_autoplay_is_blocked_the_board_shows_a_sound_button_and_one_click_plays_the_waiting_announcement()
            throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start(
                List.of("--autoplay-policy=document-user-activation-required"))) {
            openBoard(browser, "?speech=off");
            issue(Map.of("categoryCode", "GENERAL"));
            JsonNode called = callNext(counter1);
            CallAnnouncement a = announcement(called, 1);

            assertThat(browser.waitFor("!document.getElementById('sound-on').hidden", WAIT))
                    .as("开启声音 shown: " + boardLog(browser)).isTrue();
            assertThat(browser.eval("document.getElementById('sound-on').textContent").asText()).isEqualTo("开启声音");
            assertThat(browser.eval("document.getElementById('current').classList.contains('flash')").asBoolean())
                    .as("the call is highlighted meanwhile").isTrue();
            assertThat(boardLog(browser)).noneMatch(l -> l.startsWith("ended "));

            browser.evalAsUser("document.getElementById('sound-on').click(), true");

            assertThat(browser.waitFor(logContains("done " + a.text() + " segments"), SPOKEN))
                    .as("played after the click: " + boardLog(browser)).isTrue();
            assertThat(browser.eval("document.getElementById('sound-on').hidden").asBoolean()).isTrue();
        }
    }

    @Test
    void a_board_for_some_categories_leaves_the_others_out() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start(List.of(AUTOPLAY))) {
            openBoard(browser, "?categories=Z&speech=off");
            issue(Map.of("categoryCode", "GENERAL"));
            JsonNode called = callNext(counter1);

            assertThat(browser.waitFor("window.__boardLog.some(function (l) { return l.indexOf('event CALLED "
                    + called.get("number").asText() + "') === 0; })", WAIT)).as("the event came").isTrue();
            assertThat(browser.eval("document.getElementById('current-number').textContent").asText()).isEqualTo("—");
            assertThat(boardLog(browser)).noneMatch(l -> l.startsWith("announce "));
            assertThat(browser.eval("document.getElementById('waiting').children.length").asInt()).isZero();
        }
    }

    /** The speech synthesis with a zh-CN voice that the test below gives the board (test resource). */
    private static String fakeSpeech() throws java.io.IOException {
        try (var in = BoardBrowserTest.class.getResourceAsStream("fake-speech.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static List<String> speechLog(HeadlessChromium browser) {
        List<String> lines = new ArrayList<>();
        browser.eval("window.__speechLog").forEach(n -> lines.add(n.asText()));
        return lines;
    }

    @Test
    void with_a_zh_CN_voice_the_board_speaks_each_call_in_turn_and_never_cuts_one_off() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start(List.of(AUTOPLAY))) {
            // headless Chromium has no voices: the page meets a speech synthesis that offers zh-CN after a moment
            browser.addScriptOnNewDocument(fakeSpeech());
            openBoard(browser, "");
            assertThat(browser.waitFor("window.__voicesReady === true", WAIT)).isTrue();
            issue(Map.of("categoryCode", "GENERAL"));
            issue(Map.of("categoryCode", "GENERAL"));

            JsonNode first = callNext(counter1);
            JsonNode second = callNext(counter2);
            CallAnnouncement a1 = announcement(first, 1);
            CallAnnouncement a2 = announcement(second, 2);
            assertThat(a1.text()).isEqualTo("请" + first.get("number").asText() + "号到1号窗口办理")
                    .matches("请[A-Z]\\d{3}号到1号窗口办理");

            assertThat(browser.waitFor("window.__speechLog.indexOf(" + quote("end " + a2.text()) + ") >= 0", SPOKEN))
                    .as("both spoken: " + speechLog(browser) + " / " + boardLog(browser)).isTrue();
            List<String> speech = speechLog(browser);
            // in Mandarin with the zh-CN voice, not the default English one nor zh-TW or zh-HK; one after the other:
            // the second is handed over only after the first has ended, and nothing is ever cancelled
            assertThat(speech).containsExactly(
                    "speak " + a1.text(), "start " + a1.text() + " | zh-CN | Mandarin (China)", "end " + a1.text(),
                    "speak " + a2.text(), "start " + a2.text() + " | zh-CN | Mandarin (China)", "end " + a2.text());
            List<String> log = boardLog(browser);
            assertThat(log).contains("done " + a1.text() + " speech", "done " + a2.text() + " speech");
            assertThat(log).as("no recorded segments when a voice speaks").noneMatch(l -> l.startsWith("play "));
            assertThat(String.join("\n", browser.console())).doesNotContain("exception:");
        }
    }
}
