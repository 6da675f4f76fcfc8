package org.yichuang.client.queue.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.JTable;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.net.HttpHallApi;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Lazy;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.core.staff.Role;
import org.yichuang.reports.ReportService;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * 排队日统计 against the real server (embedded PostgreSQL): a clerk serves two tickets on a past Monday through the
 * API, a supervisor signs in, opens the tab next to 办件监察, types the day and reads the figures the server replayed
 * from the day's queue events, to the second.
 */
class QueueFiguresEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    /** AssertJ-Swing presses modifiers from the old masks, not the *_DOWN_MASK ones. */
    @SuppressWarnings("deprecation")
    private static final int ALT = java.awt.event.InputEvent.ALT_MASK;
    /** Monday 2026-11-30, 10:00 in Beijing: a past working day inside the default issuing window. */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-11-30T02:00:00Z");

    private final MutableClock clock = new MutableClock(MONDAY_10_00);
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private TestServer server;
    private Preferences node;

    @BeforeEach
    void startServer() {
        server = TestServer.start(clock);
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
    }

    @AfterEach
    void stopServer() throws Exception {
        node.removeNode();
        server.close();
    }

    /** Two tickets issued at 10:00; counter 1 calls the first at 10:02 (5 min service), the second at 10:07 (3 min). */
    private void serveTwoTickets() {
        ApiClient api = new ApiClient(server.baseUrl());
        String clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        for (int i = 0; i < 2; i++) {
            ApiClient.Response issued = api.postJson("/api/queue/tickets", clerk, Map.of("categoryCode", "GENERAL"));
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        }
        clock.advance(Duration.ofMinutes(2));
        serve(api, clerk, Duration.ofMinutes(5));
        serve(api, clerk, Duration.ofMinutes(3));
    }

    private void serve(ApiClient api, String clerk, Duration service) {
        ApiClient.Response called = api.postJson("/api/queue/counter/next", clerk, Map.of());
        assertThat(called.status()).as(called.body()).isEqualTo(200);
        JsonNode ticket = called.json();
        String path = "/api/queue/tickets/" + ticket.get("id").asLong();
        assertThat(api.postJson(path + "/start", clerk, Map.of()).status()).isEqualTo(200);
        clock.advance(service);
        assertThat(api.postJson(path + "/finish", clerk, Map.of()).status()).isEqualTo(200);
    }

    private FrameFixture signInAsSupervisor() {
        return signInWithoutCounter(Role.SUPERVISOR);
    }

    private FrameFixture signInWithoutCounter(Role role) {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        LaunchOptions options = new LaunchOptions(server.baseUrl(), null, null, null, "light",
                Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> new ClientApp(options, new ClientPrefs(node), messages, prompts,
                new SwingBackgroundTasks(ClientApp.failureHandler(messages, prompts)), HttpHallApi::new,
                zone -> new Lazy<>(() -> new ReportService(zone)), () -> { }).start());
        DialogFixture dialog = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        dialog.textBox(SignInDialog.SERVER_URL_FIELD).setText(server.baseUrl());
        dialog.textBox(SignInDialog.COUNTER_FIELD).setText("");
        dialog.textBox(SignInDialog.USERNAME_FIELD).setText(server.username(role));
        dialog.textBox(SignInDialog.PASSWORD_FIELD).setText("").enterText(server.password(role));
        dialog.button(SignInDialog.SIGN_IN_BUTTON).click();
        return WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
    }

    private static JTableFixture table(FrameFixture main, Grouping grouping, int rows) {
        JTableFixture table = main.table(QueueFiguresPanel.tableName(grouping));
        JTable t = table.target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(t::getRowCount) == rows);
        return table;
    }

    private static void requireRow(JTableFixture table, int row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                table.requireCellValue(TableCell.row(row).column(c), cells[c]);
            }
        }
    }

    @Test
    void a_supervisor_types_a_past_day_and_reads_its_waiting_and_service_times_per_counter_and_clerk()
            throws Exception {
        serveTwoTickets();
        String clerkName = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT display_name FROM staff WHERE username = :u").bind("u", server.username(Role.WINDOW))
                .mapTo(String.class).one());
        FrameFixture main = signInAsSupervisor();
        main.tabbedPane(ClientApp.WORK_TABS).selectTab("排队日统计");
        awaitShowing(main.target(), QueueFiguresPanel.DAY_FIELD);
        // today (the real date) has nothing: the whole day only
        table(main, Grouping.COUNTER, 1);

        main.textBox(QueueFiguresPanel.DAY_FIELD).deleteText().enterText("2026-11-30")
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);

        JTableFixture counters = table(main, Grouping.COUNTER, 2);
        // waits 2 and 7 minutes, services 5 and 3 minutes, no idle time while someone waited
        requireRow(counters, 0, null, "2", "4分30秒", "7分00秒", "7分00秒", "2", "4分00秒", "5分00秒", "0分00秒");
        requireRow(counters, 1, "全天", "2", "4分30秒", "7分00秒", "7分00秒", "2", "4分00秒", "5分00秒", "0分00秒");
        main.label(QueueFiguresPanel.SUMMARY_LABEL).requireText("2026-11-30 星期一 · 叫号 2 人 · 办理 2 人次");

        main.tabbedPane(QueueFiguresPanel.TABS).selectTab(1);
        JTableFixture staff = table(main, Grouping.STAFF, 2);
        requireRow(staff, 0, clerkName, "2", "4分30秒");
        main.tabbedPane(QueueFiguresPanel.TABS).selectTab(3);
        requireRow(table(main, Grouping.HOUR, 2), 0, "10:00–11:00", "2", "4分30秒", "7分00秒", "7分00秒", "2");
        screenshots(main, "queue-figures");

        // keyboard: the day before has nothing, and back again
        main.textBox(QueueFiguresPanel.DAY_FIELD).focus();
        main.textBox(QueueFiguresPanel.DAY_FIELD).pressAndReleaseKey(
                KeyPressInfo.keyCode(KeyEvent.VK_LEFT).modifiers(ALT));
        await().atMost(SLOW).untilAsserted(() -> main.label(QueueFiguresPanel.NOTICE_LABEL)
                .requireText("2026-11-29 没有排队记录。"));
        main.textBox(QueueFiguresPanel.DAY_FIELD).requireText("2026-11-29");
        main.textBox(QueueFiguresPanel.DAY_FIELD).pressAndReleaseKey(
                KeyPressInfo.keyCode(KeyEvent.VK_RIGHT).modifiers(ALT));
        table(main, Grouping.HOUR, 2);
        main.textBox(QueueFiguresPanel.DAY_FIELD).requireText("2026-11-30");
    }

    @Test
    void an_administrator_without_a_counter_reads_the_days_figures_beside_the_queue_settings() throws Exception {
        serveTwoTickets();
        FrameFixture main = signInWithoutCounter(Role.ADMIN);
        // 事项管理 is an administrator's work area without a counter; 排队日统计 is its tab after 叫号设置
        awaitShowing(main.target(), org.yichuang.client.admin.item.ItemListPane.FILTER_FIELD);
        main.tabbedPane(org.yichuang.client.admin.CatalogAdminPanel.TABS)
                .requireTitle("排队日统计", org.assertj.swing.data.Index.atIndex(
                        org.yichuang.client.admin.CatalogAdminPanel.QUEUE_FIGURES_TAB))
                .selectTab(org.yichuang.client.admin.CatalogAdminPanel.QUEUE_FIGURES_TAB);
        awaitShowing(main.target(), QueueFiguresPanel.DAY_FIELD);
        table(main, Grouping.COUNTER, 1);

        main.textBox(QueueFiguresPanel.DAY_FIELD).deleteText().enterText("2026-11-30")
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);

        JTableFixture counters = table(main, Grouping.COUNTER, 2);
        requireRow(counters, 0, null, "2", "4分30秒", "7分00秒", "7分00秒", "2", "4分00秒", "5分00秒", "0分00秒");
        requireRow(counters, 1, "全天", "2", "4分30秒", "7分00秒", "7分00秒", "2", "4分00秒", "5分00秒", "0分00秒");
        main.label(QueueFiguresPanel.SUMMARY_LABEL).requireText("2026-11-30 星期一 · 叫号 2 人 · 办理 2 人次");
        // the server read them for this administrator, with no counter, and audited it as theirs
        int audited = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log a JOIN staff s"
                + " ON s.id = a.staff_id WHERE a.action = 'QUEUE_FIGURES_READ' AND a.subject = 'queue-day:2026-11-30'"
                + " AND s.username = :u").bind("u", server.username(Role.ADMIN)).mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);
        screenshots(main, "queue-figures-admin");
    }

    private void screenshots(FrameFixture main, String name) throws Exception {
        for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(1920, 1080)}) {
            GuiActionRunner.execute(() -> {
                main.target().setExtendedState(java.awt.Frame.NORMAL);
                main.target().setBounds(0, 0, size.width, size.height);
                main.target().validate();
            });
            robot.waitForIdle();
            String shot = name + "-" + size.width + "x" + size.height;
            Screenshots.save(robot, main.target(), shot);
            rootShot(shot);
        }
    }

    /** Also grabs the X screen as a person would see it, where ImageMagick's import is installed. */
    private static void rootShot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        if (System.getenv("DISPLAY") == null || !Files.isExecutable(Path.of("/usr/bin/import"))) {
            return;
        }
        Process p = new ProcessBuilder("/usr/bin/import", "-window", "root",
                dir.resolve(name + "-root.png").toString()).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor();
    }
}
