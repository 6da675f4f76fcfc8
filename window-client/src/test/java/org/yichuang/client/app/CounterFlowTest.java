package org.yichuang.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.event.KeyEvent;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javax.print.PrintServiceLookup;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.preview.ReportPreviewDialog;
import org.yichuang.client.receipt.ReceiptDialog;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SharedDevices;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.reports.TestQueue;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Lazy;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.reports.ReportService;

/**
 * The counter client as a clerk meets it (real ClientApp, real background tasks, real CUPS; fake hall server):
 * leaving a half-filled form asks first, and a printer that cannot print says which and why.
 */
@SharedDevices
class CounterFlowTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(60);
    private static final Lazy<ReportService> REPORTS = new Lazy<>(
            () -> new ReportService(ZoneId.of(FakeHallApi.HALL_ZONE)));

    private final FakeHallApi api = new FakeHallApi();
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private final AtomicBoolean exited = new AtomicBoolean();
    /** The zones the client asked report services for: the session's, never the PC's. */
    private final List<ZoneId> reportZones = new CopyOnWriteArrayList<>();
    private Preferences node;
    private ClientPrefs prefs;

    @BeforeEach
    void newPrefs() {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        prefs = new ClientPrefs(node);
    }

    @AfterEach
    void removePrefs() throws Exception {
        node.removeNode();
    }

    private FrameFixture startAndSignIn() {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        LaunchOptions options = new LaunchOptions("http://127.0.0.1:8080", null, null, null, "light",
                Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> new ClientApp(options, prefs, messages, prompts,
                new SwingBackgroundTasks(ClientApp.failureHandler(messages, prompts)), uri -> api, zone -> {
                    reportZones.add(zone);
                    return REPORTS;
                }, () -> exited.set(true)).start());
        FrameFixture main = signIn();
        assertThat(reportZones).containsOnly(ZoneId.of(FakeHallApi.HALL_ZONE));
        return main;
    }

    private FrameFixture signIn() {
        DialogFixture dialog = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        dialog.textBox(SignInDialog.COUNTER_FIELD).setText(String.valueOf(FakeHallApi.COUNTER_NO));
        dialog.textBox(SignInDialog.USERNAME_FIELD).setText(FakeHallApi.CLERK);
        dialog.textBox(SignInDialog.PASSWORD_FIELD).setText("").enterText(FakeHallApi.CLERK_PASSWORD);
        dialog.button(SignInDialog.SIGN_IN_BUTTON).click();
        FrameFixture main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        JTable table = main.table(IntakePanel.ITEM_TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(table::getRowCount) > 0);
        return main;
    }

    private void signOutByMenu(FrameFixture main) {
        main.menuItem(MainFrame.SYSTEM_MENU).click();
        main.menuItem(MainFrame.SIGN_OUT_ITEM).click();
        robot.waitForIdle();
    }

    @Test
    void signing_out_or_closing_with_a_half_filled_form_asks_first() {
        FrameFixture main = startAndSignIn();
        main.textBox(IntakePanel.NAME_FIELD).enterText("张三");

        prompts.answer(false);
        main.close();
        robot.waitForIdle();
        assertThat(exited).isFalse();
        main.requireVisible();
        assertThat(prompts.questions()).containsExactly("申请人信息已填写但尚未受理，离开后将丢失。确定要离开吗？");

        prompts.answer(false);
        signOutByMenu(main);
        main.requireVisible();
        main.textBox(IntakePanel.NAME_FIELD).requireText("张三");

        prompts.answer(true);
        signOutByMenu(main);
        await().atMost(SLOW).until(() -> !GuiActionRunner.execute(main.target()::isDisplayable));
        assertThat(prompts.questions()).hasSize(3);

        // an empty form leaves without a question (an unscripted question would fail the test)
        FrameFixture again = signIn();
        again.close();
        await().atMost(SLOW).untilTrue(exited);
        assertThat(prompts.questions()).hasSize(3);
    }

    private DialogFixture createCaseAndOpenReceipt(FrameFixture main) {
        main.textBox(IntakePanel.FILTER_FIELD).focus();
        robot.enterText("社保卡");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.enterText("张三");
        main.textBox(IntakePanel.ID_FIELD).enterText("11010519491231002X");
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        // the materials: all received (Ctrl+A on the checklist), then 受理 (Alt+1) and F9
        JTable checklist = main.table(org.yichuang.client.intake.materials.ChecklistPane.TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> checklist.getRowCount() > 0
                && checklist.isFocusOwner()));
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_A);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        javax.swing.AbstractButton accept = (javax.swing.AbstractButton) main.toggleButton(
                org.yichuang.client.intake.outcome.OutcomePane.OUTCOME_BUTTON_PREFIX + "ACCEPT").target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(accept::isEnabled));
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(KeyEvent.VK_1);
        robot.releaseKey(KeyEvent.VK_ALT);
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(accept::isSelected));
        robot.pressAndReleaseKey(KeyEvent.VK_F9);
        DialogFixture receipt = WindowFinder.findDialog(ReceiptDialog.NAME).withTimeout(SLOW.toMillis()).using(robot);
        JLabel page = receipt.label(ReportPreviewDialog.PAGE_LABEL).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> page.getIcon() != null));
        return receipt;
    }

    @Test
    void a_stopped_printer_is_named_with_its_reason_and_the_chooser_shows_each_queues_state() {
        try (TestQueue queue = TestQueue.create("Counter")) {
            queue.stop(null);
            prefs.put(ClientPrefs.KEY_PRINTER, queue.name());
            FrameFixture main = startAndSignIn();
            DialogFixture receipt = createCaseAndOpenReceipt(main);
            receipt.label(ReportPreviewDialog.PRINTER_LABEL).requireText(queue.name());

            receipt.button(ReportPreviewDialog.PRINT_BUTTON).click();

            String expected = "打印机“" + queue.name() + "”已暂停（队列已停止），请联系管理员启用后重试。";
            await().atMost(SLOW).untilAsserted(() -> assertThat(prompts.warnings()).containsExactly(expected));
            Screenshots.save(robot, receipt.target(), "receipt-stopped-printer");

            String stopped = queue.name() + " — 已暂停（队列已停止）";
            prompts.answer(stopped);   // the clerk sees why, and keeps it
            receipt.button(ReportPreviewDialog.PRINTER_BUTTON).click();
            await().atMost(SLOW).until(() -> !prompts.choiceLists().isEmpty());
            assertThat(prompts.choiceLists().get(0)).contains(stopped);
            assertThat(prefs.get(ClientPrefs.KEY_PRINTER)).contains(queue.name());
            String ready = System.getenv("YICHUANG_TEST_PRINTER");
            if (ready != null) {
                assertThat(prompts.choiceLists().get(0)).contains(ready + " — 就绪");
            }
        }
    }

    @Test
    void without_a_chosen_or_default_printer_the_preview_says_so_and_printing_asks_to_choose() {
        Assumptions.assumeTrue(PrintServiceLookup.lookupDefaultPrintService() == null,
                "this machine has a default printer");
        FrameFixture main = startAndSignIn();
        DialogFixture receipt = createCaseAndOpenReceipt(main);
        await().atMost(SLOW).untilAsserted(() -> receipt.label(ReportPreviewDialog.PRINTER_LABEL)
                .requireText("未选择打印机（本机没有默认打印机）"));
        assertThat(GuiActionRunner.execute(() -> receipt.label(ReportPreviewDialog.PRINTER_LABEL).target().getIcon()))
                .isNotNull();

        receipt.button(ReportPreviewDialog.PRINT_BUTTON).click();

        await().atMost(SLOW).untilAsserted(() -> assertThat(prompts.warnings())
                .containsExactly("本机没有默认打印机，请先选择打印机。"));
        Screenshots.save(robot, receipt.target(), "receipt-no-default-printer");
    }
}
