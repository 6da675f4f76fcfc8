package org.yichuang.client.queue.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Dimension;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.intake.IntakeScreen;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.net.HttpHallApi;
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
 * The counter bar (窗口叫号) in the real client against the real server, driven by its F-keys: call, recall, 过号 refused
 * by the hall's rule, start, a case received on the intake screen linked to the ticket, finish, a stale 指定叫号 that
 * another counter already called, pause and resume, and the counter-top display.
 */
class CounterPanelEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    /** Monday 2026-12-07, 10:00 in Beijing: inside the default issuing window. */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-12-07T02:00:00Z");
    private static final String ITEM = "企业设立登记";

    private final MutableClock clock = new MutableClock(MONDAY_10_00);
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private TestServer server;
    private ApiClient http;
    private String counter2;
    private Preferences node;
    private FrameFixture main;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        http = new ApiClient(server.baseUrl());
        counter2 = http.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 2);
        for (int i = 0; i < 3; i++) {
            var r = http.postJson("/api/queue/tickets", counter2, Map.of("categoryCode", "GENERAL"));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            clock.advance(Duration.ofMinutes(4));
        }
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        LaunchOptions options = new LaunchOptions(server.baseUrl(), String.valueOf(server.counterNo()),
                server.username(Role.WINDOW), server.password(Role.WINDOW), "light", Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> new ClientApp(options, new ClientPrefs(node), messages, prompts,
                new SwingBackgroundTasks(ClientApp.failureHandler(messages, prompts)), HttpHallApi::new,
                zone -> new Lazy<>(() -> new ReportService(zone)), () -> { }).start());
        main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        JTable items = main.table(IntakePanel.ITEM_TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(items::getRowCount) > 0);
        size(1366, 768);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.FILTER_FIELD).requireFocused());
    }

    @AfterEach
    void stop() throws Exception {
        GuiActionRunner.execute(() -> {
            for (Frame f : Frame.getFrames()) {
                f.dispose();
            }
        });
        node.removeNode();
        server.close();
    }

    private void size(int width, int height) {
        GuiActionRunner.execute(() -> {
            main.target().setExtendedState(Frame.NORMAL);
            main.target().setBounds(0, 0, width, height);
            main.target().validate();
        });
        robot.waitForIdle();
    }

    private void key(int code) {
        robot.pressAndReleaseKey(code);
    }

    private void shift(int code) {
        robot.pressKey(KeyEvent.VK_SHIFT);
        robot.pressAndReleaseKey(code);
        robot.releaseKey(KeyEvent.VK_SHIFT);
    }

    private String text(String labelName) {
        JLabel label = main.label(labelName).target();
        return GuiActionRunner.execute(label::getText);
    }

    private void awaitText(String labelName, String expected) {
        await().atMost(SLOW).ignoreExceptions().untilAsserted(() -> assertThat(text(labelName)).contains(expected));
    }

    private String actionName(String buttonName) {
        JButton b = main.button(buttonName).target();
        return GuiActionRunner.execute(() -> (String) b.getAction().getValue(Action.NAME));
    }

    private boolean enabled(String buttonName) {
        JButton b = main.button(buttonName).target();
        return GuiActionRunner.execute(b::isEnabled);
    }

    private String status(String number) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT status FROM tickets WHERE number = :n")
                .bind("n", number).mapTo(String.class).one());
    }

    /** At 1366×768 every command's button lies on the bar's one line, none wrapped out of sight. */
    private void allButtonsFit() {
        for (String name : new String[] {CounterPanel.CALL_NEXT_BUTTON, CounterPanel.CALL_NUMBER_BUTTON,
                CounterPanel.RECALL_BUTTON, CounterPanel.START_BUTTON, CounterPanel.FINISH_BUTTON,
                CounterPanel.MISSED_BUTTON, CounterPanel.HOLD_BUTTON, CounterPanel.TRANSFER_BUTTON,
                CounterPanel.PAUSE_BUTTON}) {
            JButton b = main.button(name).target();
            boolean fits = GuiActionRunner.execute(() -> b.getY() + b.getHeight() <= b.getParent().getHeight()
                    && b.getX() + b.getWidth() <= b.getParent().getWidth());
            assertThat(fits).as(name + " on the bar's line").isTrue();
        }
    }

    private JMenuItem menuItem(String name) {
        javax.swing.JMenuBar bar = ((javax.swing.JFrame) main.target()).getJMenuBar();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            for (java.awt.Component c : bar.getMenu(i).getMenuComponents()) {
                if (c instanceof JMenuItem item && name.equals(item.getName())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + name);
    }

    private void screenshots(String name) {
        for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(1920, 1080)}) {
            size(size.width, size.height);
            Screenshots.save(robot, main.target(), name + "-" + size.width + "x" + size.height);
        }
        size(1366, 768);
    }

    @Test
    void a_clerk_serves_the_queue_from_the_keyboard_and_a_stale_call_is_refused_naming_the_first_counter() {
        awaitText(CounterPanel.WAITING_LABEL, "综合受理 3 人");
        assertThat(text(CounterPanel.TICKET_LABEL)).isEqualTo("空闲");
        allButtonsFit();
        awaitText(CounterPanel.LIVE_LABEL, "实时");             // the queue's event stream is open

        key(KeyEvent.VK_F11);                                   // 叫号
        awaitText(CounterPanel.TICKET_LABEL, "A001");
        awaitText(CounterPanel.WAITING_LABEL, "综合受理 2 人");
        assertThat(text(CounterPanel.DETAIL_LABEL)).contains("综合受理").contains("已叫号").contains("等候 12 分钟");
        assertThat(status("A001")).isEqualTo("CALLED");

        shift(KeyEvent.VK_F11);                                 // 重呼
        await().atMost(SLOW).until(() -> actionName(CounterPanel.RECALL_BUTTON).equals("重呼（已呼 2 次）"));
        shift(KeyEvent.VK_F4);                                  // 过号: the hall wants 3 calls and 2 minutes
        assertThat(enabled(CounterPanel.MISSED_BUTTON)).isFalse();
        assertThat(text(CounterPanel.MISSED_LABEL)).startsWith("未到过号条件：已呼 2/3 次");
        assertThat(status("A001")).isEqualTo("CALLED");
        allButtonsFit();
        screenshots("counter-panel-called");

        shift(KeyEvent.VK_F2);                                  // 开始办理
        awaitText(CounterPanel.DETAIL_LABEL, "办理中");

        // the intake screen receives a case for the applicant of A001: the case knows its ticket
        main.textBox(IntakePanel.FILTER_FIELD).requireFocused();
        robot.enterText(ITEM);
        key(KeyEvent.VK_ENTER);
        main.textBox(IntakePanel.NAME_FIELD).requireFocused();
        robot.enterText("张三");
        key(KeyEvent.VK_TAB);
        robot.enterText("11010519491231002X");
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        awaitText(IntakeScreen.CASE_LABEL, "办件 ");
        String caseLine = text(IntakeScreen.CASE_LABEL);
        String ticketOfCase = server.jdbi().withHandle(h -> h.createQuery("SELECT t.number FROM cases c"
                + " JOIN tickets t ON t.id = c.ticket_id").mapTo(String.class).one());
        assertThat(ticketOfCase).as(caseLine).isEqualTo("A001");
        assertThat(caseLine).as("the intake screen names the ticket and its wait").endsWith("排队号 A001，等候 12 分钟");

        shift(KeyEvent.VK_F3);                                  // 办结
        awaitText(CounterPanel.TICKET_LABEL, "空闲");
        assertThat(status("A001")).isEqualTo("DONE");

        // counter 2 calls A002; this clerk, not yet told, types A002 for 指定叫号
        var other = http.postJson("/api/queue/counter/next", counter2, Map.of());
        assertThat(other.json().get("number").asText()).isEqualTo("A002");
        awaitText(CounterPanel.WAITING_LABEL, "综合受理 1 人");   // the stream told this bar
        shift(KeyEvent.VK_F1);                                  // to the number field
        main.textBox(CounterPanel.NUMBER_FIELD).requireFocused();
        robot.enterText("a002");
        // A001's case is received but has no outcome yet: the clerk is asked before the screen would be cleared
        prompts.answer(true);
        shift(KeyEvent.VK_F1);                                  // 指定叫号
        awaitText(CounterPanel.NOTICE_LABEL, "A002 号已由 2 号窗口处理（已叫号），本窗口不能叫号。");
        assertThat(prompts.questions()).hasSize(1);
        assertThat(prompts.questions().get(0)).contains("叫号后界面将清空");
        assertThat(text(IntakeScreen.CASE_LABEL)).as("a refused call clears nothing").isEqualTo(caseLine);
        JLabel caseOfA001 = main.label(IntakeScreen.CASE_LABEL).target();
        assertThat(text(CounterPanel.WAITING_LABEL)).contains("综合受理 1 人");
        assertThat(text(CounterPanel.TICKET_LABEL)).isEqualTo("空闲");
        assertThat(status("A002")).isEqualTo("CALLED");
        screenshots("counter-panel-stale-refused");

        shift(KeyEvent.VK_F7);                                  // 暂停服务
        awaitText(CounterPanel.TICKET_LABEL, "暂停服务中");
        key(KeyEvent.VK_F11);                                   // no call while paused
        assertThat(actionName(CounterPanel.PAUSE_BUTTON)).isEqualTo("恢复服务");
        boolean paused = server.jdbi().withHandle(h -> h.createQuery("SELECT paused FROM queue_counter_states"
                + " WHERE counter_no = 1").mapTo(Boolean.class).one());
        assertThat(paused).isTrue();
        assertThat(status("A003")).isEqualTo("WAITING");

        GuiActionRunner.execute(() -> menuItem(OpenCounterDisplayAction.MENU_ITEM).doClick());   // 系统 → 窗口屏显示
        FrameFixture top = WindowFinder.findFrame(CounterTopDisplay.NAME).withTimeout(10_000).using(robot);
        JLabel number = top.label(CounterTopDisplay.NUMBER_LABEL).target();
        assertThat(GuiActionRunner.execute(number::getText)).isEqualTo("暂停服务");
        Screenshots.save(robot, top.target(), "counter-display-paused");

        shift(KeyEvent.VK_F7);                                  // 恢复服务
        awaitText(CounterPanel.TICKET_LABEL, "空闲");
        prompts.answer(true);                                   // A001's case still has no outcome: asked again
        key(KeyEvent.VK_F11);
        awaitText(CounterPanel.TICKET_LABEL, "A003");
        // A003's applicant sees nothing of A001's: the intake screen is back at its first step, empty, as after
        // 下一位 (issue 10 item 2)
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> !caseOfA001.isShowing()
                && caseOfA001.getText().isBlank()));
        assertThat(prompts.questions()).hasSize(2);
        assertThat(GuiActionRunner.execute(() -> main.textBox(IntakePanel.NAME_FIELD).target().getText())).isEmpty();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(number::getText).equals("A003"));
        JLabel hint = top.label(CounterTopDisplay.STATUS_LABEL).target();
        assertThat(GuiActionRunner.execute(hint::getText)).isEqualTo("请 A003 号到本窗口办理");
        Screenshots.save(robot, top.target(), "counter-display-called");
        assertThat(prompts.warnings()).as("refusals show in the bar, never as dialogs").isEmpty();
    }
}
