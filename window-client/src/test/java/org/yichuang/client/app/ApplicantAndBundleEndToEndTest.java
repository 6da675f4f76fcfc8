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
import org.yichuang.client.intake.applicant.ApplicantPartyPane;
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
 * The intake screen's applicants and 一件事 from the keyboard alone, in the real client against the real server
 * in-process: a legal person's credit code and representative, an agent and the 授权委托书, a bundle received, checked
 * on its merged list and accepted as one application.
 */
class ApplicantAndBundleEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    /** 企业设立登记: 容缺 allowed, one deferrable material, one conditional one (授权委托书). */
    private static final String ITEM = "企业设立登记";
    /** 开办美容美发店: 个体工商户登记 + 公共场所卫生许可证核发, in parallel. */
    private static final String BUNDLE = "开办美容美发店";
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
        return preview;
    }

    private String caseColumn(String caseNo, String column) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT " + column + "::text FROM cases WHERE case_no = :no")
                .bind("no", caseNo).mapTo(String.class).findOne().orElse(null));
    }

    private javax.swing.JComboBox<?> combo(String name) {
        return (javax.swing.JComboBox<?>) main.comboBox(name).target();
    }

    /** Down in a closed combo: the next choice (Enter takes it when the look and feel opens the list instead). */
    private void nextChoice(String comboName) {
        javax.swing.JComboBox<?> box = combo(comboName);
        Object before = GuiActionRunner.execute(box::getSelectedItem);
        key(KeyEvent.VK_DOWN);
        robot.waitForIdle();
        if (GuiActionRunner.execute(box::isPopupVisible)) {
            key(KeyEvent.VK_ENTER);
        }
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(box::getSelectedItem) != before);
    }

    private String text(String labelName) {
        JLabel label = (JLabel) robot.finder().findByName(main.target(), labelName, false);
        return GuiActionRunner.execute(label::getText);
    }

    @Test
    void a_legal_person_with_a_bad_credit_code_hears_cores_message_and_the_keyboard_goes_to_the_code() {
        main.textBox(IntakePanel.FILTER_FIELD).requireFocused();
        robot.enterText(ITEM);
        key(KeyEvent.VK_ENTER);
        main.textBox(IntakePanel.NAME_FIELD).requireFocused();
        // Alt+K: 申请人类型; ↓ to 法人: 证件类型 hides, 姓名 becomes 单位名称, 证件号码 统一社会信用代码
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_K);
        await().atMost(SLOW).untilAsserted(() -> main.comboBox(ApplicantPartyPane.KIND_COMBO).requireFocused());
        nextChoice(ApplicantPartyPane.KIND_COMBO);
        assertThat(GuiActionRunner.execute(() -> combo(ApplicantPartyPane.KIND_COMBO).getSelectedItem()))
                .isEqualTo(org.yichuang.core.person.ApplicantKind.LEGAL_PERSON);
        java.awt.Component documentType = robot.finder().findByName(main.target(), IntakePanel.DOCUMENT_TYPE_COMBO,
                false);
        assertThat(GuiActionRunner.execute(documentType::isShowing)).isFalse();
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_N);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.NAME_FIELD).requireFocused());
        robot.enterText("南宁示范科技有限公司");
        key(KeyEvent.VK_TAB);
        main.textBox(IntakePanel.ID_FIELD).requireFocused();
        robot.enterText("91450100MA5K12347D");
        await().atMost(SLOW).until(() -> text(IntakePanel.ID_MESSAGE_LABEL)
                .equals("统一社会信用代码第 18 位校验码不正确，请核对。"));
        // Ctrl+Enter from elsewhere: refused with the same message, the keyboard back on the code
        key(KeyEvent.VK_TAB);
        main.textBox(ApplicantPartyPane.REPRESENTATIVE_FIELD).requireFocused();
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.ID_FIELD).requireFocused());
        assertThat(text(IntakePanel.BLOCKER_LABEL)).isEqualTo("统一社会信用代码第 18 位校验码不正确，请核对。");
        // the error line under the code must not squeeze or cut off the rows around it, at either size
        assertNoRowSqueezedAndInView(IntakePanel.ID_FIELD, IntakePanel.ID_MESSAGE_LABEL);
        Screenshots.save(robot, main.target(), "intake-legal-person-bad-code-1366");
        size(1920, 1080);
        assertNoRowSqueezedAndInView(IntakePanel.ID_FIELD, IntakePanel.ID_MESSAGE_LABEL);
        Screenshots.save(robot, main.target(), "intake-legal-person-bad-code-1920");
        size(1366, 768);
        // Alt+R: 备注, the last row, comes whole into view; Ctrl+Enter from there: the code is back in view, with
        // its error line, and has the keyboard
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_R);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.REMARKS_FIELD).requireFocused());
        assertNoRowSqueezedAndInView(IntakePanel.REMARKS_FIELD + ".scroll");
        Screenshots.save(robot, main.target(), "intake-legal-person-bad-code-remarks-1366");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.ID_FIELD).requireFocused());
        assertNoRowSqueezedAndInView(IntakePanel.ID_FIELD, IntakePanel.ID_MESSAGE_LABEL);

        // the field's text is selected: typing replaces it
        robot.enterText("91450100MA5K12347C");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(ApplicantPartyPane.REPRESENTATIVE_FIELD)
                .requireFocused());
        assertThat(text(IntakePanel.BLOCKER_LABEL)).isEqualTo("无法受理：请填写法定代表人姓名。");
        robot.enterText("李四");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        awaitShowing(main.target(), ChecklistPane.TABLE);
        String caseNo = caseNo();
        assertThat(caseColumn(caseNo, "applicant_name")).isEqualTo("南宁示范科技有限公司");
        assertThat(caseColumn(caseNo, "legal_representative")).isEqualTo("李四");
        assertThat(caseColumn(caseNo, "agent_name")).isNull();
        // the case line faces the applicant: the credit code masked
        assertThat(main.label(IntakeScreen.CASE_LABEL).text()).doesNotContain("91450100MA5K12347C");

        // 下一位, then F3 finds the organisation by its credit code and fills the name and the representative
        key(KeyEvent.VK_F12);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.FILTER_FIELD).requireFocused());
        assertThat(GuiActionRunner.execute(() -> combo(ApplicantPartyPane.KIND_COMBO).getSelectedItem()))
                .isEqualTo(org.yichuang.core.person.ApplicantKind.NATURAL_PERSON);
        robot.enterText(ITEM);
        key(KeyEvent.VK_ENTER);
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_K);
        await().atMost(SLOW).untilAsserted(() -> main.comboBox(ApplicantPartyPane.KIND_COMBO).requireFocused());
        nextChoice(ApplicantPartyPane.KIND_COMBO);
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_I);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.ID_FIELD).requireFocused());
        robot.enterText("91450100MA5K12347C");
        key(KeyEvent.VK_F3);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.NAME_FIELD)
                .requireText("南宁示范科技有限公司"));
        main.textBox(ApplicantPartyPane.REPRESENTATIVE_FIELD).requireText("李四");
    }

    /**
     * No row of the applicant form is squeezed (each of its cells at least its preferred height) or laid out outside
     * the form (GridBagLayout overflowing a short form cuts the first and last rows off), and the components named
     * (the field with the keyboard and its error line) are whole in view, unclipped by any ancestor.
     */
    private void assertNoRowSqueezedAndInView(String... names) {
        robot.waitForIdle();
        java.awt.Container form = (java.awt.Container) robot.finder().findByName(main.target(), IntakePanel.FORM_PANEL,
                false);
        GuiActionRunner.execute(() -> {
            for (java.awt.Component cell : form.getComponents()) {
                if (!cell.isVisible()) {
                    continue;
                }
                String what = cell.getName() != null ? cell.getName()
                        : cell instanceof JLabel l ? l.getText() : cell.getClass().getSimpleName() + cell.getBounds();
                assertThat(cell.getHeight()).as("height of " + what).isGreaterThanOrEqualTo(
                        cell.getPreferredSize().height);
                assertThat(cell.getY()).as("top of " + what).isNotNegative();
                assertThat(cell.getY() + cell.getHeight()).as("bottom of " + what).isLessThanOrEqualTo(
                        form.getHeight());
            }
            for (String name : names) {
                java.awt.Component c = robot.finder().findByName(main.target(), name, false);
                assertThat(c.isShowing()).as(name).isTrue();
                assertThat(((javax.swing.JComponent) c).getVisibleRect()).as("visible part of " + name)
                        .isEqualTo(new java.awt.Rectangle(0, 0, c.getWidth(), c.getHeight()));
            }
            return null;
        });
    }

    /**
     * A component named {@code name} shows whole once scrolled to (the applicant form scrolls when the window is
     * too short for it; the focus brings a field into view): at least its preferred width and inside the window.
     */
    private void assertWhole(String name) {
        java.awt.Component c = robot.finder().findByName(main.target(), name, false);
        GuiActionRunner.execute(() -> {
            // through the parent: a JTextField's own scrollRectToVisible scrolls its text, never its ancestors
            ((javax.swing.JComponent) c.getParent()).scrollRectToVisible(c.getBounds());
            return null;
        });
        robot.waitForIdle();
        GuiActionRunner.execute(() -> {
            assertThat(c.isShowing()).as(name).isTrue();
            java.awt.Rectangle at = javax.swing.SwingUtilities.convertRectangle(c.getParent(), c.getBounds(),
                    ((javax.swing.JFrame) main.target()).getRootPane());
            assertThat(((javax.swing.JFrame) main.target()).getRootPane().getBounds().contains(at)).as(name + " " + at).isTrue();
            assertThat(c.getWidth()).as(name).isGreaterThanOrEqualTo(c.getMinimumSize().width);
            // nothing of it is clipped by its ancestors (GridBagLayout overflowing a short form cuts rows off)
            if (c instanceof javax.swing.JComponent j) {
                assertThat(j.getVisibleRect()).as(name).isEqualTo(new java.awt.Rectangle(0, 0, c.getWidth(),
                        c.getHeight()));
            }
            assertThat(c.getHeight()).as(name).isGreaterThanOrEqualTo(c.getPreferredSize().height);
            // the label naming it shows its whole text
            if (c instanceof javax.swing.JComponent j) {
                for (java.awt.Component sibling : j.getParent().getComponents()) {
                    if (sibling instanceof JLabel l && l.getLabelFor() == c) {
                        assertThat(l.getWidth()).as(l.getText()).isGreaterThanOrEqualTo(l.getPreferredSize().width);
                    }
                }
            }
            return null;
        });
    }

    @Test
    void a_legal_representatives_document_number_is_checked_as_typed_and_ctrl_enter_goes_to_it_when_wrong()
            throws Exception {
        main.textBox(IntakePanel.FILTER_FIELD).requireFocused();
        robot.enterText(ITEM);
        key(KeyEvent.VK_ENTER);
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_K);
        await().atMost(SLOW).untilAsserted(() -> main.comboBox(ApplicantPartyPane.KIND_COMBO).requireFocused());
        nextChoice(ApplicantPartyPane.KIND_COMBO);
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_N);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.NAME_FIELD).requireFocused());
        robot.enterText("南宁代表科技有限公司");
        key(KeyEvent.VK_TAB);
        robot.enterText("91450100MA5K12347C");
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_L);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(ApplicantPartyPane.REPRESENTATIVE_FIELD)
                .requireFocused());
        robot.enterText("李四");
        // Alt+O: the representative's 证件 (居民身份证 by default); Alt+H: its number, checked as typed
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_O);
        await().atMost(SLOW).untilAsserted(() -> main.comboBox(ApplicantPartyPane.REPRESENTATIVE_TYPE_COMBO)
                .requireFocused());
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_H);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(ApplicantPartyPane.REPRESENTATIVE_NUMBER_FIELD)
                .requireFocused());
        robot.enterText("110105194912310021");
        await().atMost(SLOW).until(() -> text(ApplicantPartyPane.REPRESENTATIVE_ERROR_LABEL)
                .equals("法定代表人的身份证号码校验位不正确，请核对后重新输入。"));
        Screenshots.save(robot, main.target(), "intake-legal-representative-bad-number-1366");
        // the representative's row adds no height: its document shares the name's line. The organisation's form
        // with an error line is taller than 1366×768 leaves it: it scrolls, and no row is squeezed
        assertNoRowSqueezedAndInView(ApplicantPartyPane.REPRESENTATIVE_NUMBER_FIELD,
                ApplicantPartyPane.REPRESENTATIVE_ERROR_LABEL);
        for (String name : List.of(IntakePanel.NAME_FIELD, IntakePanel.ID_FIELD, ApplicantPartyPane.REPRESENTATIVE_FIELD,
                ApplicantPartyPane.REPRESENTATIVE_TYPE_COMBO, ApplicantPartyPane.REPRESENTATIVE_NUMBER_FIELD,
                ApplicantPartyPane.REPRESENTATIVE_ERROR_LABEL, ApplicantPartyPane.AGENT_NUMBER_FIELD,
                IntakePanel.PHONE_FIELD, IntakePanel.CREATE_BUTTON)) {
            assertWhole(name);
        }
        // Ctrl+Enter from elsewhere: refused with core's message, the keyboard back on the number, selected
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_N);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.NAME_FIELD).requireFocused());
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(ApplicantPartyPane.REPRESENTATIVE_NUMBER_FIELD)
                .requireFocused());
        assertThat(text(IntakePanel.BLOCKER_LABEL)).isEqualTo("法定代表人的身份证号码校验位不正确，请核对后重新输入。");
        int stored = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM cases WHERE applicant_name = "
                + "'南宁代表科技有限公司'").mapTo(Integer.class).one());
        assertThat(stored).isZero();

        // typing replaces the selected number; a good one goes with the case
        robot.enterText("11010519491231002X");
        await().atMost(SLOW).until(() -> text(ApplicantPartyPane.REPRESENTATIVE_ERROR_LABEL).isBlank());
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        awaitShowing(main.target(), ChecklistPane.TABLE);
        String caseNo = caseNo();
        assertThat(caseColumn(caseNo, "legal_representative")).isEqualTo("李四");
        assertThat(caseColumn(caseNo, "legal_representative_document_type")).isEqualTo("RESIDENT_ID");
        assertThat(caseColumn(caseNo, "legal_representative_document_number")).isEqualTo("11010519491231002X");
        // 下一位: nothing of the representative stays on screen
        key(KeyEvent.VK_F12);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.FILTER_FIELD).requireFocused());
        javax.swing.JTextField number = (javax.swing.JTextField) robot.finder().findByName(main.target(),
                ApplicantPartyPane.REPRESENTATIVE_NUMBER_FIELD, false);
        String left = GuiActionRunner.execute(() -> number.getText());
        assertThat(left).isEmpty();
    }

    @Test
    void an_agent_needs_the_authorisation_and_asking_to_accept_without_it_goes_to_its_row() {
        main.textBox(IntakePanel.FILTER_FIELD).requireFocused();
        robot.enterText(ITEM);
        key(KeyEvent.VK_ENTER);
        robot.enterText("孙八");
        key(KeyEvent.VK_TAB);
        robot.enterText("11010519491231002X");
        // Alt+A: the agent's name; Tab to 电话; Alt+M: the agent's document number (居民身份证 by default)
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_A);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(ApplicantPartyPane.AGENT_NAME_FIELD).requireFocused());
        robot.enterText("周九");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        // half an agent: Ctrl+Enter says what is missing and goes there
        await().atMost(SLOW).untilAsserted(() -> main.textBox(ApplicantPartyPane.AGENT_NUMBER_FIELD)
                .requireFocused());
        assertThat(text(IntakePanel.BLOCKER_LABEL)).isEqualTo("代理人须填写证件号码、联系电话。");
        robot.enterText("110105198001010032");
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_P);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(ApplicantPartyPane.AGENT_PHONE_FIELD)
                .requireFocused());
        robot.enterText("13800138000");
        assertThat(text(ApplicantPartyPane.AGENT_MESSAGE_LABEL)).isEqualTo("由代理人办理：材料清单须收取授权委托书。");
        Screenshots.save(robot, main.target(), "intake-agent-1366");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        awaitShowing(main.target(), ChecklistPane.TABLE);
        JTable checklist = main.table(ChecklistPane.TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> checklist.getRowCount() == 7
                && checklist.isFocusOwner()));
        String caseNo = caseNo();
        assertThat(caseColumn(caseNo, "agent_name")).isEqualTo("周九");

        // with an agent the 授权委托书 is required (no longer 情形): Ctrl+A receives it with the rest
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        awaitOffered(IntakeOutcome.ACCEPT, true);
        main.label(ChecklistPane.SUMMARY_LABEL).requireText("共 7 项，已收 7 项，待补 0 项");
        onMaterial("授权委托书", KeyEvent.VK_SPACE);
        awaitOffered(IntakeOutcome.ACCEPT, false);
        int authorisation = GuiActionRunner.execute(checklist::getSelectedRow);
        // away from the row, then Alt+1 (受理) anyway: the rules' refusal, and the keyboard goes to the row
        key(KeyEvent.VK_HOME);
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_HOME);
        key(KeyEvent.VK_F8);
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_1);
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(OutcomePane.ERROR_LABEL).text())
                .startsWith("由代理人办理的，须收取申请人签署的“授权委托书"));
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> checklist.isFocusOwner()
                && checklist.getSelectedRow() == authorisation));
        Screenshots.save(robot, main.target(), "intake-agent-authorisation-refused-1366");
        assertThat(storedOutcome(caseNo)).isNull();

        // 一次性告知 lists it as missing
        choose(IntakeOutcome.NEEDS_SUPPLEMENT);
        robot.enterText(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString());
        key(KeyEvent.VK_F9);
        awaitPreview("补正材料一次性告知书").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        assertThat(storedOutcome(caseNo)).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(stored(caseNo, "MISSING")).singleElement().asString().startsWith("授权委托书");
    }

    @Test
    void a_bundle_is_received_checked_once_on_its_merged_list_and_accepted_as_one_application() {
        main.textBox(IntakePanel.FILTER_FIELD).requireFocused();
        robot.enterText(BUNDLE);
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(IntakePanel.SELECTED_ITEM_LABEL).text())
                .isEqualTo("一件事：" + BUNDLE + "（含 2 个事项）"));
        key(KeyEvent.VK_ENTER);
        main.textBox(IntakePanel.NAME_FIELD).requireFocused();
        robot.enterText("吴十");
        key(KeyEvent.VK_TAB);
        robot.enterText("11010519491231002X");
        // an agent: the merged list asks for the 授权委托书 once, for both members
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_A);
        robot.enterText("郑十一");
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_P);
        robot.enterText("13800138000");
        keyWith(KeyEvent.VK_ALT, KeyEvent.VK_M);
        robot.enterText("110105198001010032");
        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        awaitShowing(main.target(), ChecklistPane.TABLE);
        JTable checklist = main.table(ChecklistPane.TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> checklist.getRowCount() > 0
                && checklist.isFocusOwner()));
        String line = main.label(IntakeScreen.CASE_LABEL).text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("一件事 (YJS\\d+) ·").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        String parent = m.group(1);
        assertThat(line).contains("并联办理", "一件事办结日", "个体工商户登记", "公共场所卫生许可证核发")
                .doesNotContain("11010519491231002X");
        List<String> children = server.jdbi().withHandle(h -> h.createQuery("SELECT c.case_no FROM cases c JOIN"
                + " cases p ON p.id = c.parent_case_id WHERE p.case_no = :no ORDER BY c.bundle_position")
                .bind("no", parent).mapTo(String.class).list());
        assertThat(children).hasSize(2);
        // the merged list: a material both members ask for is listed once; the 授权委托书 once
        List<String> names = GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, checklist.getRowCount())
                .mapToObj(i -> checklist.getValueAt(i, 0).toString()).toList());
        assertThat(names).doesNotHaveDuplicates().hasSizeLessThan(4 + 8 + 2);
        assertThat(names.stream().filter(n -> n.contains("授权委托书")).count()).isEqualTo(1);
        Screenshots.save(robot, main.target(), "intake-bundle-checklist-1366");

        keyWith(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        choose(IntakeOutcome.ACCEPT);
        size(1920, 1080);
        Screenshots.save(robot, main.target(), "intake-bundle-checklist-1920");
        size(1366, 768);
        key(KeyEvent.VK_F9);
        DialogFixture preview = awaitPreview("受理通知书");
        Screenshots.save(robot, preview.target(), "intake-bundle-preview");
        for (String child : children) {
            assertThat(storedOutcome(child)).as(child).isEqualTo("ACCEPT");
            assertThat(stored(child, "MISSING")).as(child).isEmpty();
        }
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(OutcomePane.STATUS_LABEL).text())
                .startsWith("已登记：受理"));
    }
}
