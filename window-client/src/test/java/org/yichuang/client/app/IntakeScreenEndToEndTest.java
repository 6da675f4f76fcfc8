package org.yichuang.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.intake.IntakeScreen;
import org.yichuang.client.intake.materials.ChecklistPane;
import org.yichuang.client.intake.outcome.OutcomePane;
import org.yichuang.client.intake.rare.RareCharacterDialog;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.net.HttpHallApi;
import org.yichuang.client.print.DocumentPreviewDialog;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Lazy;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.staff.Role;
import org.yichuang.reports.ReportService;
import org.yichuang.server.testing.TestServer;

/**
 * The intake screen driven from the keyboard alone, in the real client against the real server in-process: item →
 * applicant → materials → outcome → preview, and the server's refusals pointing at the field at fault.
 */
class IntakeScreenEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    /** 企业设立登记: 容缺 allowed, one deferrable material, one conditional one (授权委托书). */
    private static final String ITEM = "企业设立登记";
    private static final String DEFERRABLE = "住所（经营场所）使用证明";
    private static TestServer server;
    private static Lazy<ReportService> reports;

    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private Preferences node;
    private FrameFixture main;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        // refusals must name the remedies (复议法 Art. 20): the hall says to whom
        server.jdbi().useHandle(h -> h.execute(
                "UPDATE halls SET reconsideration_body = '示范县人民政府', court = '示范县人民法院'"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startClient() {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        ClientPrefs prefs = new ClientPrefs(node);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        LaunchOptions options = new LaunchOptions(server.baseUrl(), String.valueOf(server.counterNo()),
                server.username(Role.WINDOW), server.password(Role.WINDOW), "light", Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> new ClientApp(options, prefs, messages, prompts,
                new SwingBackgroundTasks(ClientApp.failureHandler(messages, prompts)), HttpHallApi::new,
                zone -> reports(zone), () -> { }).start());
        main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        JTable table = main.table(IntakePanel.ITEM_TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(table::getRowCount) > 0);
        size(1366, 768);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.FILTER_FIELD).requireFocused());
    }

    private static synchronized Lazy<ReportService> reports(ZoneId zone) {
        if (reports == null) {
            reports = new Lazy<>(() -> new ReportService(zone));
        }
        return reports;
    }

    @AfterEach
    void closeClient() throws Exception {
        GuiActionRunner.execute(() -> {
            for (Frame f : Frame.getFrames()) {
                f.dispose();
            }
        });
        node.removeNode();
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

    private void keyWith(int modifier, int code) {
        robot.pressKey(modifier);
        robot.pressAndReleaseKey(code);
        robot.releaseKey(modifier);
    }

    /** Item by the filter, applicant typed, Ctrl+Enter: the case is received and the checklist has the keyboard. */
    private String receiveCase(String item, String name) {
        main.textBox(IntakePanel.FILTER_FIELD).requireFocused();
        robot.enterText(item);
        key(KeyEvent.VK_ENTER);
        main.textBox(IntakePanel.NAME_FIELD).requireFocused();
        robot.enterText(name);
        key(KeyEvent.VK_TAB);
        main.textBox(IntakePanel.ID_FIELD).requireFocused();
        robot.enterText("11010519491231002X");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        awaitShowing(main.target(), ChecklistPane.TABLE);
        JTable checklist = main.table(ChecklistPane.TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> checklist.getRowCount() > 0
                && checklist.isFocusOwner()));
        return caseNo();
    }

    /** The case number as the case line shows it (办件 … · item · applicant). */
    private String caseNo() {
        String line = main.label(IntakeScreen.CASE_LABEL).text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("办件 (\\S+) ·").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return m.group(1);
    }

    private void awaitOffered(IntakeOutcome outcome, boolean offered) {
        JToggleButton b = (JToggleButton) main.toggleButton(OutcomePane.OUTCOME_BUTTON_PREFIX + outcome.name())
                .target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(b::isEnabled) == offered);
    }

    private void choose(IntakeOutcome outcome) {
        awaitOffered(outcome, true);
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_1 + outcome.ordinal());
        JToggleButton b = (JToggleButton) main.toggleButton(OutcomePane.OUTCOME_BUTTON_PREFIX + outcome.name())
                .target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(b::isSelected));
    }

    /** Moves the checklist's selection to the material named and presses {@code code} on it. */
    private void onMaterial(String material, int code) {
        JTable table = main.table(ChecklistPane.TABLE).target();
        int row = GuiActionRunner.execute(() -> {
            for (int i = 0; i < table.getRowCount(); i++) {
                if (table.getValueAt(i, 0).toString().contains(material)) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(row).as(material).isNotNegative();
        int at = GuiActionRunner.execute(table::getSelectedRow);
        while (at != row) {
            key(at < row ? KeyEvent.VK_DOWN : KeyEvent.VK_UP);
            at += at < row ? 1 : -1;
        }
        assertThat(GuiActionRunner.execute(table::getSelectedRow)).isEqualTo(row);
        key(code);
    }

    private List<String> stored(String caseNo, String status) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT m.name FROM case_materials m JOIN cases c"
                + " ON c.id = m.case_id WHERE c.case_no = :no AND m.status = :status ORDER BY m.position")
                .bind("no", caseNo).bind("status", status).mapTo(String.class).list());
    }

    private String storedOutcome(String caseNo) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT i.outcome FROM case_intakes i JOIN cases c"
                + " ON c.id = i.case_id WHERE c.case_no = :no").bind("no", caseNo).mapTo(String.class)
                .findOne().orElse(null));
    }

    /** The documents the server issued with the outcome, previewed; returns the titles the list shows. */
    private DialogFixture awaitPreview(String... titles) {
        DialogFixture preview = WindowFinder.findDialog(DocumentPreviewDialog.NAME).withTimeout(SLOW.toMillis())
                .using(robot);
        await().atMost(SLOW).ignoreExceptions().until(() -> GuiActionRunner.execute(() -> {
            java.awt.Component page = robot.finder().findByName(preview.target(), DocumentPreviewDialog.PAGE_LABEL,
                    false);
            return page instanceof JLabel l && l.getIcon() != null;
        }));
        @SuppressWarnings("unchecked")
        javax.swing.JList<org.yichuang.core.api.CaseDocumentView> list = (javax.swing.JList<
                org.yichuang.core.api.CaseDocumentView>) preview.list(DocumentPreviewDialog.DOCUMENT_LIST).target();
        List<String> shown = GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, list.getModel().getSize())
                .mapToObj(i -> list.getModel().getElementAt(i).title()).toList());
        assertThat(shown).contains(titles);
        // it opens on the newest document, the outcome's own notice
        assertThat(GuiActionRunner.execute(list::getSelectedIndex)).isEqualTo(shown.size() - 1);
        return preview;
    }

    @Test
    void a_clerk_accepts_with_the_keyboard_alone_from_item_to_preview_and_the_next_applicant_sees_nothing() {
        // an ID number no other test uses: the returning-applicant lookup at the end finds this applicant only
        // 生僻字 by its code point (F4), kept exactly through to the server
        main.textBox(IntakePanel.FILTER_FIELD).requireFocused();
        robot.enterText(ITEM);
        key(KeyEvent.VK_ENTER);
        robot.enterText("张");
        key(KeyEvent.VK_F4);
        DialogFixture rare = WindowFinder.findDialog(RareCharacterDialog.NAME).withTimeout(SLOW.toMillis())
                .using(robot);
        robot.enterText("U+20BB7");
        rare.label(RareCharacterDialog.PREVIEW_LABEL).requireText("\uD842\uDFB7");
        key(KeyEvent.VK_ENTER);
        await().atMost(SLOW).until(() -> !GuiActionRunner.execute(rare.target()::isDisplayable));
        main.textBox(IntakePanel.NAME_FIELD).requireText("张\uD842\uDFB7");
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.NAME_FIELD).requireFocused());
        robot.enterText("三");
        key(KeyEvent.VK_TAB);
        robot.enterText("110105198001010032");
        Screenshots.save(robot, main.target(), "intake-applicant-1366");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        awaitShowing(main.target(), ChecklistPane.TABLE);
        JTable checklist = main.table(ChecklistPane.TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> checklist.getRowCount() == 7
                && checklist.isFocusOwner()));
        String caseNo = caseNo();
        String name = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT applicant_name FROM cases WHERE case_no = :no").bind("no", caseNo).mapTo(String.class).one());
        assertThat(name).isEqualTo("张\uD842\uDFB7三");
        // the header faces the applicant: the document number is masked there, never in full
        assertThat(main.label(IntakeScreen.CASE_LABEL).text()).contains(caseNo).doesNotContain("110105198001010032");

        // nothing received yet: only outcomes that need no complete file are lawful
        awaitOffered(IntakeOutcome.NEEDS_SUPPLEMENT, true);
        awaitOffered(IntakeOutcome.ACCEPT, false);
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        awaitOffered(IntakeOutcome.ACCEPT, true);
        awaitOffered(IntakeOutcome.NEEDS_SUPPLEMENT, false);
        main.label(ChecklistPane.SUMMARY_LABEL).requireText("共 7 项，已收 6 项，待补 0 项");
        // the conditional 授权委托书 does not apply until ticked (A): ticking it makes it outstanding
        onMaterial("授权委托书", KeyEvent.VK_A);
        awaitOffered(IntakeOutcome.ACCEPT, false);
        key(KeyEvent.VK_SPACE);
        awaitOffered(IntakeOutcome.ACCEPT, true);
        key(KeyEvent.VK_C);   // 收取方式: 纸质 → 共享获取
        key(KeyEvent.VK_V);   // 原件已核验并退还
        Screenshots.save(robot, main.target(), "intake-materials-1366");

        choose(IntakeOutcome.ACCEPT);
        key(KeyEvent.VK_F9);
        DialogFixture preview = awaitPreview("受理通知书");
        Screenshots.save(robot, preview.target(), "intake-preview-accept");
        assertThat(storedOutcome(caseNo)).isEqualTo("ACCEPT");
        assertThat(stored(caseNo, "RECEIVED")).hasSize(7);
        String howReceived = server.jdbi().withHandle(h -> h.createQuery("SELECT channel || ':' || original_verified"
                + " FROM case_materials m JOIN cases c ON c.id = m.case_id WHERE c.case_no = :no AND m.name LIKE"
                + " '授权委托书%'").bind("no", caseNo).mapTo(String.class).one());
        assertThat(howReceived).isEqualTo("SHARED_DATA:true");
        preview.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        await().atMost(SLOW).until(() -> !GuiActionRunner.execute(preview.target()::isDisplayable));
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(main.target()::isFocused));
        assertThat(main.label(OutcomePane.STATUS_LABEL).text()).startsWith("已登记：受理");
        size(1920, 1080);
        Screenshots.save(robot, main.target(), "intake-accepted-1920");
        size(1366, 768);

        // 下一位: nothing of this applicant stays on screen
        key(KeyEvent.VK_F12);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.FILTER_FIELD).requireFocused());
        main.textBox(IntakePanel.NAME_FIELD).requireEmpty();
        main.textBox(IntakePanel.ID_FIELD).requireEmpty();
        JLabel caseLine = (JLabel) robot.finder().findByName(main.target(), IntakeScreen.CASE_LABEL, false);
        assertThat(GuiActionRunner.execute((java.util.concurrent.Callable<String>) caseLine::getText)).isBlank();
        javax.swing.JTextField caseNoField = (javax.swing.JTextField) robot.finder().findByName(main.target(),
                IntakePanel.CASE_NO_FIELD, false);
        String left = GuiActionRunner.execute((java.util.concurrent.Callable<String>) caseNoField::getText);
        assertThat(left).isEmpty();
        assertThat(GuiActionRunner.execute(checklist::getRowCount)).isZero();

        // a returning applicant: F3 finds the first one by the document number and fills the name exactly
        robot.enterText(ITEM);
        key(KeyEvent.VK_ENTER);
        key(KeyEvent.VK_TAB);
        robot.enterText("110105198001010032");
        key(KeyEvent.VK_F3);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.NAME_FIELD).requireText("张\uD842\uDFB7三"));
        main.label(IntakePanel.LOOKUP_LABEL).requireText("已找到以前办过事的申请人：姓名已填入，请核对。");
    }

    @Test
    void a_deferrable_material_missing_is_accepted_with_deferral_once_the_commitment_is_signed() {
        String caseNo = receiveCase(ITEM, "李四");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        onMaterial(DEFERRABLE, KeyEvent.VK_SPACE);
        awaitOffered(IntakeOutcome.NEEDS_SUPPLEMENT, true);
        // 容缺 needs the signed 容缺受理承诺书: not lawful before the tick, lawful after
        awaitOffered(IntakeOutcome.ACCEPT_DEFERRED, false);
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_G);
        choose(IntakeOutcome.ACCEPT_DEFERRED);
        // the due date proposed is the latest lawful day, as the server computes it
        String due = main.textBox(OutcomePane.DUE_FIELD).text();
        assertThat(LocalDate.parse(due)).isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        Screenshots.save(robot, main.target(), "intake-deferred-1366");
        key(KeyEvent.VK_F9);
        awaitPreview("容缺受理通知书").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        assertThat(storedOutcome(caseNo)).isEqualTo("ACCEPT_DEFERRED");
        assertThat(stored(caseNo, "MISSING")).containsExactly(DEFERRABLE);
        String storedDue = server.jdbi().withHandle(h -> h.createQuery("SELECT i.supplement_due_on::text FROM"
                + " case_intakes i JOIN cases c ON c.id = i.case_id WHERE c.case_no = :no").bind("no", caseNo)
                .mapTo(String.class).one());
        assertThat(storedDue).isEqualTo(due);
    }

    @Test
    void a_supplement_notice_lists_every_missing_and_wrong_material_at_once() {
        String caseNo = receiveCase(ITEM, "王五");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        JTable table = main.table(ChecklistPane.TABLE).target();
        List<String> names = GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, table.getRowCount())
                .mapToObj(i -> table.getValueAt(i, 0).toString())
                .filter(n -> !n.equals(DEFERRABLE) && !n.startsWith("授权委托书")).toList());
        onMaterial(names.get(1), KeyEvent.VK_SPACE);
        onMaterial(DEFERRABLE, KeyEvent.VK_SPACE);
        // another: handed in but wrong; F2 on the material edits its 问题说明, Enter keeps it
        onMaterial(names.get(2), KeyEvent.VK_F2);
        robot.enterText("缺少法定代表人签字");
        key(KeyEvent.VK_ENTER);
        await().atMost(SLOW).untilAsserted(() -> main.label(ChecklistPane.SUMMARY_LABEL)
                .requireText("共 7 项，已收 3 项，待补 3 项"));
        choose(IntakeOutcome.NEEDS_SUPPLEMENT);
        main.textBox(OutcomePane.DUE_FIELD).requireFocused().requireEmpty();
        // the date the server needs: 补正期限, typed
        robot.enterText(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString());
        Screenshots.save(robot, main.target(), "intake-supplement-1366");
        key(KeyEvent.VK_F9);
        Screenshots.save(robot, awaitPreview("补正材料一次性告知书").target(), "intake-preview-supplement");
        assertThat(storedOutcome(caseNo)).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(stored(caseNo, "MISSING")).containsExactlyInAnyOrder(names.get(1), DEFERRABLE);
        assertThat(stored(caseNo, "DEFECTIVE")).containsExactly(names.get(2));
        String problem = server.jdbi().withHandle(h -> h.createQuery("SELECT m.problem FROM case_materials m JOIN"
                + " cases c ON c.id = m.case_id WHERE c.case_no = :no AND m.status = 'DEFECTIVE'").bind("no", caseNo)
                .mapTo(String.class).one());
        assertThat(problem).isEqualTo("缺少法定代表人签字");
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(OutcomePane.STATUS_LABEL).text())
                .startsWith("已登记：一次性告知补正"));
    }

    @Test
    void a_refusal_needs_its_reason_and_legal_basis_and_each_refusal_points_at_the_field() {
        String caseNo = receiveCase(ITEM, "赵六");
        choose(IntakeOutcome.NOT_COMPETENT);
        key(KeyEvent.VK_F9);
        await().atMost(SLOW).untilAsserted(() -> main.label(OutcomePane.ERROR_LABEL)
                .requireText("请写明不予受理的理由。"));
        main.textBox(OutcomePane.REASON_FIELD).requireFocused();
        robot.enterText("申请事项属于市级审批权限");
        key(KeyEvent.VK_F9);
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(OutcomePane.ERROR_LABEL).text())
                .startsWith("请写明不予受理的法律依据"));
        main.textBox(OutcomePane.BASIS_FIELD).requireFocused();
        robot.enterText("《中华人民共和国行政许可法》第三十二条第一款第二项");
        key(KeyEvent.VK_F9);
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(OutcomePane.ERROR_LABEL).text())
                .startsWith("不属于本机关职权的，须告知申请人向哪个有关行政机关申请"));
        main.textBox(OutcomePane.AUTHORITY_FIELD).requireFocused();
        robot.enterText("市市场监督管理局");
        Screenshots.save(robot, main.target(), "intake-refusal-1366");
        key(KeyEvent.VK_F9);
        awaitPreview("不予受理通知书");
        assertThat(storedOutcome(caseNo)).isEqualTo("NOT_COMPETENT");
        String remedies = server.jdbi().withHandle(h -> h.createQuery("SELECT i.remedies FROM case_intakes i"
                + " JOIN cases c ON c.id = i.case_id WHERE c.case_no = :no").bind("no", caseNo)
                .mapTo(String.class).one());
        assertThat(remedies).contains("示范县人民政府", "示范县人民法院");
    }

    @Test
    void a_deferral_due_beyond_the_lawful_day_is_refused_with_focus_on_the_date_and_nothing_lost() {
        String caseNo = receiveCase(ITEM, "钱七");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        onMaterial(DEFERRABLE, KeyEvent.VK_SPACE);
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_G);
        choose(IntakeOutcome.ACCEPT_DEFERRED);
        String latest = main.textBox(OutcomePane.DUE_FIELD).text();
        String tooLate = LocalDate.parse(latest).plusDays(30).toString();
        main.textBox(OutcomePane.DUE_FIELD).focus();
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        robot.enterText(tooLate);
        key(KeyEvent.VK_F9);
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(OutcomePane.ERROR_LABEL).text())
                .startsWith("容缺材料补交期限" + tooLate + "晚于"));
        main.textBox(OutcomePane.DUE_FIELD).requireFocused().requireText(tooLate);
        Screenshots.save(robot, main.target(), "intake-refused-due-1366");
        // nothing lost: the checklist, the tick and the outcome are as the clerk left them; nothing stored
        assertThat(storedOutcome(caseNo)).isNull();
        main.label(ChecklistPane.SUMMARY_LABEL).requireText("共 7 项，已收 5 项，待补 1 项");
        main.checkBox(OutcomePane.COMMITMENT_BOX).requireSelected();
        main.toggleButton(OutcomePane.OUTCOME_BUTTON_PREFIX + IntakeOutcome.ACCEPT_DEFERRED.name()).requireSelected();

        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        robot.enterText(latest);
        key(KeyEvent.VK_F9);
        awaitPreview("容缺受理通知书").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        assertThat(storedOutcome(caseNo)).isEqualTo("ACCEPT_DEFERRED");
    }
}
