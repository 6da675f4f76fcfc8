package org.yichuang.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import net.sf.jasperreports.engine.JRPrintText;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.client.guide.GuidePreviews;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.preview.ReportPreviewDialog;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SharedDevices;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.TestServer;

/**
 * The whole first slice against the real server in-process: sign in through the dialog, pick an item, type an
 * applicant, create the case, preview the receipt and print it to the CUPS test printer.
 */
@SharedDevices
class EndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    private static TestServer server;
    private Preferences node;
    private final AtomicBoolean exited = new AtomicBoolean();

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void removePrefs() throws Exception {
        node.removeNode();
    }

    @Test
    void a_clerk_signs_in_creates_a_case_previews_and_prints_its_receipt() throws Exception {
        String printer = System.getenv("YICHUANG_TEST_PRINTER");
        String printerOut = System.getenv("YICHUANG_TEST_PRINTER_OUT");
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        ClientPrefs prefs = new ClientPrefs(node);
        if (printer != null) {
            prefs.put(ClientPrefs.KEY_PRINTER, printer);
        }
        LaunchOptions options = new LaunchOptions(server.baseUrl(), null, null, null, "light", Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> ClientApp.create(options, prefs, () -> exited.set(true)).start());

        // sign in through the dialog: first a wrong password, then the right one
        DialogFixture signIn = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        signIn.textBox(SignInDialog.SERVER_URL_FIELD).requireText(server.baseUrl());
        signIn.textBox(SignInDialog.COUNTER_FIELD).enterText(String.valueOf(server.counterNo()));
        signIn.textBox(SignInDialog.USERNAME_FIELD).enterText(server.username(Role.WINDOW));
        signIn.textBox(SignInDialog.PASSWORD_FIELD).enterText("wrong-password");
        signIn.button(SignInDialog.SIGN_IN_BUTTON).click();
        await().atMost(SLOW).untilAsserted(() -> signIn.label(SignInDialog.ERROR_LABEL)
                .requireText("用户名或密码错误，请重新输入。"));
        signIn.requireVisible();
        signIn.textBox(SignInDialog.PASSWORD_FIELD).setText("");
        signIn.textBox(SignInDialog.PASSWORD_FIELD).enterText(server.password(Role.WINDOW));
        Screenshots.save(robot, signIn.target(), "sign-in");
        signIn.button(SignInDialog.SIGN_IN_BUTTON).click();

        FrameFixture main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        JTable table = main.table(IntakePanel.ITEM_TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(table::getRowCount) > 0);
        main.label(MainFrame.CONNECTION_LABEL).requireText("● 已连接");
        assertThat(main.label(MainFrame.COUNTER_LABEL).text()).contains(String.valueOf(server.counterNo()));

        // the filter has the focus after sign-in and finds items by pinyin initials as the clerk types; Esc clears it
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.FILTER_FIELD).requireFocused());
        robot.enterText("ggcs");
        main.table(IntakePanel.ITEM_TABLE).requireRowCount(1);
        assertThat(main.label(IntakePanel.SELECTED_ITEM_LABEL).text()).startsWith("公共场所卫生许可证核发（");
        Screenshots.save(robot, main.target(), "search");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        main.textBox(IntakePanel.FILTER_FIELD).requireEmpty();
        assertThat(GuiActionRunner.execute(table::getRowCount)).isEqualTo(45 + 5);

        // pick the item by its code with the filter, then show the whole list again (the choice stays)
        main.textBox(IntakePanel.FILTER_FIELD).enterText(server.anyItemCode());
        main.table(IntakePanel.ITEM_TABLE).requireRowCount(1);
        main.textBox(IntakePanel.FILTER_FIELD).setText("");
        assertThat(main.label(IntakePanel.SELECTED_ITEM_LABEL).text()).contains(server.anyItemCode());

        // a wrong check digit is explained and blocks the case
        main.textBox(IntakePanel.NAME_FIELD).enterText("张三");
        main.textBox(IntakePanel.ID_FIELD).enterText("110105194912310021");
        main.label(IntakePanel.ID_MESSAGE_LABEL).requireText("身份证号码校验位不正确，请核对后重新输入。");
        main.button(IntakePanel.CREATE_BUTTON).requireDisabled();
        main.textBox(IntakePanel.ID_FIELD).deleteText().enterText("11010519491231002X");
        main.textBox(IntakePanel.PHONE_FIELD).enterText("13800138000");
        main.textBox(IntakePanel.REMARKS_FIELD).enterText("原件已核验");
        main.button(IntakePanel.CREATE_BUTTON).requireEnabled();
        Screenshots.save(robot, main.target(), "main");

        // F7 previews the printed guide (办事指南) of the chosen item, fetched from the server; Esc closes it
        robot.pressAndReleaseKey(KeyEvent.VK_F7);
        DialogFixture guide = WindowFinder.findDialog(GuidePreviews.DIALOG_NAME).withTimeout(SLOW.toMillis()).using(robot);
        JLabel guidePage = guide.label(ReportPreviewDialog.PAGE_LABEL).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> guidePage.getIcon() != null));
        String itemName = main.label(IntakePanel.SELECTED_ITEM_LABEL).text().replaceFirst("（.*", "");
        assertThat(GuiActionRunner.execute(() -> guide.target().getTitle())).isEqualTo("办事指南 · " + itemName);
        String guideText = GuiActionRunner.execute(() -> ((ReportPreviewDialog) guide.target()).presenter().report())
                .getPages().stream().flatMap(p -> p.getElements().stream())
                .filter(JRPrintText.class::isInstance).map(e -> ((JRPrintText) e).getFullText())
                .collect(Collectors.joining("\n"));
        assertThat(guideText).contains(itemName, "/guide/items/" + server.anyItemCode());
        Screenshots.save(robot, guide.target(), "guide");
        guide.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        await().atMost(SLOW).until(() -> !GuiActionRunner.execute(guide.target()::isDisplayable));
        main.button(IntakePanel.CREATE_BUTTON).click();

        // the case number follows RULES §4.5: implementation code + yyyyMMdd + 4-digit daily sequence
        awaitShowing(main.target(), org.yichuang.client.intake.materials.ChecklistPane.TABLE);
        JTable checklist = main.table(org.yichuang.client.intake.materials.ChecklistPane.TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> checklist.getRowCount() > 0));
        JTextField caseNo = (JTextField) robot.finder().findByName(main.target(), IntakePanel.CASE_NO_FIELD, false);
        assertThat(GuiActionRunner.execute((java.util.concurrent.Callable<String>) caseNo::getText)).matches("\\Q" + server.anyItemCode() + "\\E\\d{8}\\d{4}");
        JLabel caption = (JLabel) robot.finder().findByName(main.target(), IntakePanel.CASE_NO_CAPTION, false);
        assertThat(GuiActionRunner.execute((java.util.concurrent.Callable<String>) caption::getText)).isEqualTo("已收件，办件编号：");
        // every material received, then 受理 (the receipt preview follows the outcome, not the receipt of the case)
        GuiActionRunner.execute(() -> checklist.requestFocusInWindow());
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_A);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        javax.swing.AbstractButton accept = (javax.swing.AbstractButton) main.toggleButton(
                org.yichuang.client.intake.outcome.OutcomePane.OUTCOME_BUTTON_PREFIX + "ACCEPT").target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(accept::isEnabled));
        main.toggleButton(org.yichuang.client.intake.outcome.OutcomePane.OUTCOME_BUTTON_PREFIX + "ACCEPT").click();
        main.button(org.yichuang.client.intake.outcome.OutcomePane.SUBMIT_BUTTON).click();
        // the preview of the documents the server issued with 受理 (受理通知书), drawn from the stored PDF
        DialogFixture documents = WindowFinder.findDialog(org.yichuang.client.print.DocumentPreviewDialog.NAME)
                .withTimeout(SLOW.toMillis()).using(robot);
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> robot.finder().findByName(documents.target(),
                org.yichuang.client.print.DocumentPreviewDialog.PAGE_LABEL, false) instanceof JLabel l
                && l.getIcon() != null));
        documents.button(org.yichuang.client.print.DocumentPreviewDialog.PRINT_BUTTON).requireEnabled();
        // on the outcome's own notice, not the 材料接收凭证 issued before it
        javax.swing.JList<?> list = documents.list(org.yichuang.client.print.DocumentPreviewDialog.DOCUMENT_LIST)
                .target();
        assertThat(GuiActionRunner.execute(() -> ((org.yichuang.core.api.CaseDocumentView) list.getSelectedValue())
                .title())).isEqualTo("受理通知书");
        Screenshots.save(robot, documents.target(), "documents-preview");

        if (printer == null || printerOut == null) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")),
                    "CI must provide YICHUANG_TEST_PRINTER (scripts/test-printer.sh)");
            Assumptions.abort("no test printer: set YICHUANG_TEST_PRINTER via scripts/test-printer.sh");
        }
        Set<Path> before = pdfs(Path.of(printerOut));
        documents.button(org.yichuang.client.print.DocumentPreviewDialog.PRINT_BUTTON).click();
        await().atMost(SLOW).pollInterval(Duration.ofMillis(250))
                .until(() -> pdfs(Path.of(printerOut)).stream().anyMatch(p -> !before.contains(p) && size(p) > 0));
    }

    private static Set<Path> pdfs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
