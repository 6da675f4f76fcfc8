package org.yichuang.client.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.JTable;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
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
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.CaseListQuery;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.staff.Role;
import org.yichuang.reports.ReportService;
import org.yichuang.server.testing.TestServer;

/**
 * 办件监察 over more cases than one page of the real server's answer: 上一页 / 下一页 and Alt+← / Alt+→ move through the
 * pages with the page size kept, the line under the table says where the supervisor is, and a filter starts again at
 * page one.
 */
class CaseListPagingEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    private static final int PAGE = CaseListQuery.DEFAULT_SIZE;
    private static final int CASES = PAGE + 5;
    /** AssertJ-Swing takes the old modifier masks (as the other keyboard tests here do). */
    @SuppressWarnings("deprecation")
    private static final int ALT = InputEvent.ALT_MASK;

    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private TestServer server;
    private Preferences node;

    @BeforeEach
    void startServer() {
        server = TestServer.start();
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
    }

    @AfterEach
    void stopServer() throws Exception {
        node.removeNode();
        server.close();
    }

    private void seed() {
        HttpHallApi clerk = new HttpHallApi(URI.create(server.baseUrl()));
        clerk.signIn(new SignInRequest(server.username(Role.WINDOW), server.password(Role.WINDOW),
                server.counterNo()));
        String item = server.anyItemCode();
        for (int i = 0; i < CASES; i++) {
            clerk.createCase(new NewCase(UUID.randomUUID().toString(), item,
                    new ApplicantInput(CaseListPresenterTest.applicant(i), "11010519491231002X", null), null));
        }
    }

    private FrameFixture signInAsSupervisor() {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        LaunchOptions options = new LaunchOptions(server.baseUrl(), null, null, null, "light",
                Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> new ClientApp(options, new ClientPrefs(node), messages, prompts,
                new SwingBackgroundTasks(ClientApp.failureHandler(messages, prompts)), HttpHallApi::new,
                zone -> new Lazy<>(() -> new ReportService(zone)), () -> { }).start());
        DialogFixture dialog = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        dialog.textBox(SignInDialog.SERVER_URL_FIELD).setText(server.baseUrl());
        dialog.textBox(SignInDialog.COUNTER_FIELD).setText("");
        dialog.textBox(SignInDialog.USERNAME_FIELD).setText(server.username(Role.SUPERVISOR));
        dialog.textBox(SignInDialog.PASSWORD_FIELD).setText("").enterText(server.password(Role.SUPERVISOR));
        dialog.button(SignInDialog.SIGN_IN_BUTTON).click();
        return WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
    }

    /** Waits until the list shows {@code rows} rows and says {@code line}. */
    private void awaitPage(FrameFixture main, int rows, String line) {
        JTable t = main.table(CaseListPanel.TABLE).target();
        await().atMost(SLOW).untilAsserted(() -> {
            assertThat(GuiActionRunner.execute(t::getRowCount)).isEqualTo(rows);
            main.label(CaseListPanel.TOTAL_LABEL).requireText(line);
        });
    }

    @Test
    void a_supervisor_pages_through_more_cases_than_one_page_with_the_buttons_and_the_keyboard() {
        seed();
        FrameFixture main = signInAsSupervisor();
        main.label(CaseListPanel.TITLE_LABEL).requireText("办件监察");
        awaitPage(main, PAGE, "第 1 / 2 页，共 " + CASES + " 件");
        main.button(CaseListPanel.PREVIOUS_PAGE_BUTTON).requireDisabled();
        main.button(CaseListPanel.NEXT_PAGE_BUTTON).requireEnabled().requireText("下一页(N)");

        main.button(CaseListPanel.NEXT_PAGE_BUTTON).click();
        awaitPage(main, CASES - PAGE, "第 2 / 2 页，共 " + CASES + " 件");
        main.button(CaseListPanel.NEXT_PAGE_BUTTON).requireDisabled();
        main.button(CaseListPanel.PREVIOUS_PAGE_BUTTON).requireEnabled();
        GuiActionRunner.execute(() -> {
            main.target().setExtendedState(java.awt.Frame.NORMAL);
            main.target().setSize(new Dimension(1366, 768));
            main.target().validate();
        });
        Screenshots.save(robot, main.target(), "cases-paging-1366x768");

        // the keyboard, from the table: Alt+← back to page one, Alt+→ forward again
        main.table(CaseListPanel.TABLE).focus();
        main.table(CaseListPanel.TABLE).pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_LEFT)
                .modifiers(ALT));
        awaitPage(main, PAGE, "第 1 / 2 页，共 " + CASES + " 件");
        main.table(CaseListPanel.TABLE).pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_RIGHT)
                .modifiers(ALT));
        awaitPage(main, CASES - PAGE, "第 2 / 2 页，共 " + CASES + " 件");

        // a filter starts again at page one, with the same page size
        main.comboBox(CaseListPanel.LEVEL_FILTER).selectItem("预警");
        awaitPage(main, 0, "第 1 / 1 页，共 0 件");
        main.button(CaseListPanel.NEXT_PAGE_BUTTON).requireDisabled();
        main.comboBox(CaseListPanel.LEVEL_FILTER).selectItem("全部");
        awaitPage(main, PAGE, "第 1 / 2 页，共 " + CASES + " 件");
    }
}
