package org.yichuang.client.queue.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Component;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.web.Json;

/**
 * 预约签到 end to end (issue 12 item 3): an applicant books tomorrow's 09:30 slot through the server's public booking
 * API; the server's clock moves to that morning; a reception clerk signs in with the real client, opens 取号 (Ctrl+T)
 * and checks the booking in with F3 by document number. The server now holds a 预约 priority ticket ahead of the
 * walk-in who came first, and the dialog shows it with the booked name and slot. An unknown number first gets the
 * server's own message and changes nothing.
 */
class ReceptionCheckInEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    /** Monday 2026-12-07, 10:00 in Beijing: Tuesday 2026-12-08 is the first bookable day (BookingApiTest). */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-12-07T02:00:00Z");
    private static final ObjectMapper JSON = Json.newObjectMapper();

    private final MutableClock clock = new MutableClock(MONDAY_10_00);
    private TestServer server;
    private ApiClient api;
    private Preferences node;
    private Path dataDir;
    private String previousDataDir;

    @BeforeEach
    void startServer() throws Exception {
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        dataDir = Files.createTempDirectory("yichuang-checkin-e2e");
        previousDataDir = System.getProperty("yichuang.dataDir");
        System.setProperty("yichuang.dataDir", dataDir.toString());   // the print queue of this test only
    }

    @AfterEach
    void stopServer() throws Exception {
        GuiActionRunner.execute(() -> {
            for (Frame f : Frame.getFrames()) {
                f.dispose();
            }
        });
        node.removeNode();
        server.close();
        if (previousDataDir == null) {
            System.clearProperty("yichuang.dataDir");
        } else {
            System.setProperty("yichuang.dataDir", previousDataDir);
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String idBornIn(int year, int serial) {
        String first17 = "110105" + year + "0101" + String.format("%03d", serial);
        return first17 + IdNumber.checkDigit(first17);
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** The administrator offers booking in the default category 综合受理 (GENERAL), 5 places per slot by default. */
    @SuppressWarnings("unchecked")
    private void offerBooking() {
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        JsonNode current = api.get("/api/queue/settings", admin).json();
        Map<String, Object> settings = JSON.convertValue(current.get("settings"), Map.class);
        ((Map<String, Object>) ((List<Object>) settings.get("categories")).get(0)).put("bookingOffered", true);
        ApiClient.Response saved = api.putJson("/api/queue/settings", admin,
                Map.of("expectedVersion", current.get("version").asInt(), "settings", settings));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    /** Books {@code day} at {@code start} in GENERAL through the public booking page's API, as an applicant does. */
    private void book(String day, String start, String name, String id) {
        Map<String, Object> b = new HashMap<>();
        b.put("categoryCode", "GENERAL");
        b.put("day", day);
        b.put("startsAt", start);
        b.put("name", name);
        b.put("documentType", "RESIDENT_ID");
        b.put("documentNumber", id);
        b.put("phone", "13812345678");
        ApiClient.Response r = api.postJson("/public/booking/bookings", null, b);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private FrameFixture signInAtCounter() {
        LaunchOptions options = new LaunchOptions(server.baseUrl(), String.valueOf(server.counterNo()), null, null,
                "light", Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> ClientApp.create(options, new ClientPrefs(node), () -> { }).start());
        DialogFixture signIn = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        awaitShowing(signIn.target(), SignInDialog.USERNAME_FIELD);
        signIn.textBox(SignInDialog.USERNAME_FIELD).enterText(server.username(Role.WINDOW));
        signIn.textBox(SignInDialog.PASSWORD_FIELD).enterText(server.password(Role.WINDOW));
        signIn.button(SignInDialog.SIGN_IN_BUTTON).click();
        FrameFixture main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        awaitShowing(main.target(), IntakePanel.FILTER_FIELD);
        GuiActionRunner.execute(() -> {
            main.target().setExtendedState(Frame.NORMAL);
            main.target().setBounds(0, 0, 1366, 768);
            main.target().validate();
        });
        robot.waitForIdle();
        return main;
    }

    private static Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    @Test
    void a_booking_made_online_is_checked_in_at_reception_with_f3_as_a_priority_ticket_and_an_unknown_number_changes_nothing()
            throws Exception {
        offerBooking();
        String booked = idBornIn(1990, 2);
        String unknown = idBornIn(1990, 9);
        book("2026-12-08", "09:30", "李四", booked);
        // Tuesday 09:40, inside the booked slot 09:30–10:30: a walk-in has already taken A001 at the kiosk
        clock.advance(Duration.ofHours(23).plusMinutes(40));
        ApiClient.Response walkIn = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL"));
        assertThat(walkIn.status()).as(walkIn.body()).isEqualTo(201);

        signInAtCounter();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_T);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        DialogFixture dialog = WindowFinder.findDialog(ReceptionDialog.NAME).withTimeout(SLOW.toMillis())
                .using(robot);
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> dialog.comboBox(ReceptionDialog.CATEGORY)
                .target().getItemCount()) > 0);
        dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).requireFocused();

        // a number with no booking today: the server's own message; no ticket, the booking untouched, nothing audited
        robot.enterText(unknown);
        robot.pressAndReleaseKey(KeyEvent.VK_F3);
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.ERROR).text())
                .isEqualTo("没有找到您今天待签到的预约，请核对证件号码，或取普通号。"));
        assertThat(dialog.label(ReceptionDialog.NUMBER).text()).isBlank();
        assertThat(dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).text()).isEqualTo(unknown);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(focusOwner())
                .isSameAs(dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).target()));
        assertThat(count("SELECT count(*) FROM tickets")).as("only the walk-in").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'BOOKED' AND ticket_id IS NULL"
                + " AND name = '李四'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'BOOKING_CHECKED_IN'")).isZero();
        Screenshots.save(robot, dialog.target(), "reception-checkin-server-refused");

        // the booked applicant's number (typed over the selected wrong one): F3 checks the booking in
        robot.enterText(booked);
        robot.pressAndReleaseKey(KeyEvent.VK_F3);
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.NUMBER).text())
                .isEqualTo("A002"));
        assertThat(dialog.label(ReceptionDialog.DETAILS).text()).contains("预约").contains("前面没有人等候");
        assertThat(dialog.label(ReceptionDialog.BOOKING).text()).contains("李四").contains("09:30–10:30");
        assertThat(dialog.label(ReceptionDialog.ERROR).text()).isBlank();
        assertThat(dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).text()).as("not kept").isEmpty();
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.PRINT_STATUS).text())
                .isNotBlank().doesNotContain("正在打印"));
        Screenshots.save(robot, dialog.target(), "reception-checkin-server");

        // what the server holds: a waiting 预约 ticket of the booking's category, ahead of the walk-in
        Map<String, Object> ticket = server.jdbi().withHandle(h -> h.createQuery("SELECT t.number, t.issued_category,"
                + " t.category_code, t.priority_reason, t.status, t.issued_by = s.id AS by_clerk FROM tickets t"
                + " JOIN bookings b ON b.ticket_id = t.id JOIN staff s ON s.username = :clerk"
                + " WHERE b.status = 'CHECKED_IN'").bind("clerk", server.username(Role.WINDOW)).mapToMap().one());
        assertThat(ticket).containsEntry("number", "A002").containsEntry("issued_category", "GENERAL")
                .containsEntry("category_code", "GENERAL").containsEntry("priority_reason", "BOOKING")
                .containsEntry("status", "WAITING").containsEntry("by_clerk", true);
        ApiClient.Response next = api.postJson("/api/queue/counter/next", api.signIn(server.username(Role.WINDOW),
                server.password(Role.WINDOW), server.counterNo()), Map.of());
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().get("number").asText()).as("called before the walk-in").isEqualTo("A002");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'BOOKING_CHECKED_IN'")).isEqualTo(1);
    }
}
