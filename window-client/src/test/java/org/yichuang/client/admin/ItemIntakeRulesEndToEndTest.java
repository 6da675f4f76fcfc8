package org.yichuang.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JSpinner;
import javax.swing.JTable;
import org.assertj.swing.data.Index;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.item.IssueListPane;
import org.yichuang.client.admin.item.ItemEditorPane;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.admin.item.materials.MaterialTableModel;
import org.yichuang.client.admin.item.materials.MaterialsTab;
import org.yichuang.client.admin.item.rules.IntakeRulesTab;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.net.HttpHallApi;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.RiskCategory;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.TestServer;

/**
 * The 受理规则 tab and the materials' 补交期限 column (issue 10 item 5) driven through the real client against the real
 * server: every field saved and read back from the server, each bad value named in core's Chinese words with the
 * cursor put on the field at fault, and the editor on a 1366×768 and a 1920×1080 screen with no column cut off.
 */
class ItemIntakeRulesEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    /** 容缺 allowed, 演出器材设备清单 deferrable within 5 working days, promised 10 working days (demo catalog). */
    private static final String PERFORMANCE = "营业性演出许可（文艺表演团体设立）";
    /** 告知承诺 with the default 60-day post-check, no risk category (demo catalog). */
    private static final String TEACHER = "教师资格认定";
    private static TestServer server;
    private final AtomicBoolean exited = new AtomicBoolean();
    private Preferences node;
    private FrameFixture main;
    private HttpHallApi second;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void signInAsAdministrator() {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        LaunchOptions options = new LaunchOptions(server.baseUrl(), null, null, null, "light",
                Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> ClientApp.create(options, new ClientPrefs(node), () -> exited.set(true)).start());
        DialogFixture signIn = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        awaitShowing(signIn.target(), SignInDialog.USERNAME_FIELD);
        signIn.textBox(SignInDialog.USERNAME_FIELD).enterText(server.username(Role.ADMIN));
        signIn.textBox(SignInDialog.PASSWORD_FIELD).enterText(server.password(Role.ADMIN));
        signIn.button(SignInDialog.SIGN_IN_BUTTON).click();
        main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        awaitShowing(main.target(), ItemListPane.FILTER_FIELD);
        // every version shown: a row chosen while the list still loads may be replaced under the click
        JTable items = main.table(ItemListPane.TABLE).target();
        await().atMost(SLOW).pollInterval(Duration.ofMillis(20)).until(() -> GuiActionRunner.execute(
                () -> items.getRowCount() > 0
                        && !"…".equals(items.getValueAt(items.getRowCount() - 1, ItemListPane.COLUMN_VERSION))));
        second = new HttpHallApi(URI.create(server.baseUrl()));
        second.signIn(new SignInRequest(server.username(Role.ADMIN), server.password(Role.ADMIN), null));
    }

    @AfterEach
    void close() throws Exception {
        second.signOut();
        main.cleanUp();
        node.removeNode();
    }

    @Test
    void commitment_post_check_seal_owner_genuine_intent_and_supplement_days_are_saved_and_read_back() {
        String code = codeOf(PERFORMANCE);
        int before = second.getItem(code).version();
        open(code, PERFORMANCE);
        main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_RULES);
        main.tabbedPane(ItemEditorPane.TABS).requireTitle("受理规则", Index.atIndex(ItemEditorPane.TAB_RULES));
        main.comboBox(IntakeRulesTab.RISK_COMBO).requireSelection("无");
        main.checkBox(IntakeRulesTab.DEFERRAL_CHECK).requireSelected();
        main.spinner(IntakeRulesTab.POST_CHECK_SPINNER).requireDisabled();

        main.checkBox(IntakeRulesTab.COMMITMENT_CHECK).click();
        main.spinner(IntakeRulesTab.POST_CHECK_SPINNER).requireEnabled().requireValue(60).enterTextAndCommit("30");
        main.textBox(IntakeRulesTab.SEAL_OWNER_FIELD).enterText("示范县行政审批局");
        main.checkBox(IntakeRulesTab.GENUINE_INTENT_CHECK).click();

        main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_MATERIALS);
        int row = materialRow("演出器材设备清单");
        main.table(MaterialsTab.TABLE).requireCellValue(TableCell.row(row).column(MaterialTableModel.SUPPLEMENT_DAYS),
                "5个工作日");
        main.table(MaterialsTab.TABLE).enterValue(TableCell.row(row).column(MaterialTableModel.SUPPLEMENT_DAYS), "3");
        main.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");
        main.button(ItemEditorPane.SAVE_BUTTON).requireEnabled().click();

        await().atMost(SLOW).untilAsserted(() -> assertThat(second.getItem(code).version()).isEqualTo(before + 1));
        ServiceItem saved = second.getItem(code).item();
        assertThat(saved.commitmentAllowed()).isTrue();
        assertThat(saved.postCheckWorkingDays()).isEqualTo(30);
        assertThat(saved.sealOwner()).isEqualTo("示范县行政审批局");
        assertThat(saved.askGenuineIntent()).isTrue();
        assertThat(saved.riskCategory()).isEqualTo(RiskCategory.NONE);
        assertThat(material(saved, "演出器材设备清单").supplementDays()).isEqualTo(3);

        // read back into the editor: what the server keeps is what the widgets show
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(ItemEditorPane.VERSION_LABEL).text())
                .contains("第 " + (before + 1) + " 版"));
        main.table(MaterialsTab.TABLE).requireCellValue(TableCell.row(row).column(MaterialTableModel.SUPPLEMENT_DAYS),
                "3个工作日");
        main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_RULES);
        main.checkBox(IntakeRulesTab.COMMITMENT_CHECK).requireSelected();
        main.spinner(IntakeRulesTab.POST_CHECK_SPINNER).requireValue(30);
        main.textBox(IntakeRulesTab.SEAL_OWNER_FIELD).requireText("示范县行政审批局");
        main.checkBox(IntakeRulesTab.GENUINE_INTENT_CHECK).requireSelected();
        main.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
    }

    @Test
    void a_risk_category_is_saved_once_commitment_no_longer_applies_and_refused_while_it_does() {
        String code = codeOf(TEACHER);
        int before = second.getItem(code).version();
        open(code, TEACHER);
        main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_RULES);
        main.checkBox(IntakeRulesTab.COMMITMENT_CHECK).requireSelected();

        main.comboBox(IntakeRulesTab.RISK_COMBO).selectItem("人身健康");
        assertThat(main.list(IssueListPane.LIST).contents())
                .containsExactly("告知承诺：本事项涉及人身健康，不适用告知承诺制（国办发〔2020〕42号）。");
        main.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
        main.tabbedPane(ItemEditorPane.TABS).requireTitle("受理规则（1）", Index.atIndex(ItemEditorPane.TAB_RULES));

        main.checkBox(IntakeRulesTab.COMMITMENT_CHECK).click();
        main.spinner(IntakeRulesTab.POST_CHECK_SPINNER).requireDisabled();
        main.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");
        main.button(ItemEditorPane.SAVE_BUTTON).requireEnabled().click();

        await().atMost(SLOW).untilAsserted(() -> assertThat(second.getItem(code).version()).isEqualTo(before + 1));
        ServiceItem saved = second.getItem(code).item();
        assertThat(saved.riskCategory()).isEqualTo(RiskCategory.PERSONAL_HEALTH);
        assertThat(saved.commitmentAllowed()).isFalse();
        assertThat(saved.postCheckWorkingDays()).as("no period without 告知承诺").isNull();
    }

    @Test
    void bad_values_are_named_in_chinese_block_saving_and_lead_the_cursor_to_their_field() {
        String code = codeOf(PERFORMANCE);
        int before = second.getItem(code).version();
        open(code, PERFORMANCE);

        // a post-check period beyond a year: the rule's words, and a click puts the cursor in the spinner
        main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_RULES);
        tick(IntakeRulesTab.COMMITMENT_CHECK);   // the save test may have stored it ticked already
        main.spinner(IntakeRulesTab.POST_CHECK_SPINNER).enterTextAndCommit("400");
        assertThat(main.list(IssueListPane.LIST).contents())
                .containsExactly("核查期限：告知承诺核查期限应在1到365个工作日之间，现为400。");
        main.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
        main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_BASIC);
        main.list(IssueListPane.LIST).clickItem(0);
        main.tabbedPane(ItemEditorPane.TABS).requireSelectedTab(Index.atIndex(ItemEditorPane.TAB_RULES));
        JSpinner spinner = (JSpinner) main.spinner(IntakeRulesTab.POST_CHECK_SPINNER).target();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(focusOwner())
                .isSameAs(((JSpinner.DefaultEditor) spinner.getEditor()).getTextField()));
        main.spinner(IntakeRulesTab.POST_CHECK_SPINNER).enterTextAndCommit("60");
        main.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");

        // a risky item may not defer at this hall: the 容缺 tick is at fault
        main.comboBox(IntakeRulesTab.RISK_COMBO).selectItem("公共安全");
        assertThat(main.list(IssueListPane.LIST).contents()).contains(
                "容缺受理：本事项涉及公共安全，不适用容缺受理（本大厅未允许此类事项容缺）。",
                "告知承诺：本事项涉及公共安全，不适用告知承诺制（国办发〔2020〕42号）。");
        main.list(IssueListPane.LIST).clickItem(0);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(focusOwner())
                .isSameAs(main.checkBox(IntakeRulesTab.DEFERRAL_CHECK).target()));
        main.comboBox(IntakeRulesTab.RISK_COMBO).selectItem("无");

        // a supplement period beyond the promised limit, and none at all on a material that may not be deferred
        main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_MATERIALS);
        int row = materialRow("演出器材设备清单");
        int notDeferrable = materialRow("演员的艺术表演能力证明");
        main.table(MaterialsTab.TABLE).requireNotEditable(TableCell.row(notDeferrable)
                .column(MaterialTableModel.SUPPLEMENT_DAYS));
        main.table(MaterialsTab.TABLE).enterValue(TableCell.row(row).column(MaterialTableModel.SUPPLEMENT_DAYS), "20");
        assertThat(main.list(IssueListPane.LIST).contents()).containsExactly("申请材料第 " + (row + 1)
                + " 项 · 补交期限：材料“演出器材设备清单”的补交期限20个工作日超过承诺办结时限（10个工作日），容缺材料须在承诺办结期限内补齐。");
        main.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
        main.table(MaterialsTab.TABLE).selectRows(0);
        main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_BASIC);
        main.list(IssueListPane.LIST).clickItem(0);
        JTable table = main.table(MaterialsTab.TABLE).target();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(focusOwner()).isSameAs(table));
        assertThat(GuiActionRunner.execute(table::getSelectedRow)).isEqualTo(row);
        assertThat(GuiActionRunner.execute(table::getSelectedColumn)).isEqualTo(MaterialTableModel.SUPPLEMENT_DAYS);

        // unticking 可容缺 drops the period with it: nothing is left for the rules to refuse
        main.table(MaterialsTab.TABLE).click(TableCell.row(row).column(MaterialTableModel.DEFERRABLE),
                org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        main.table(MaterialsTab.TABLE).requireCellValue(TableCell.row(row).column(MaterialTableModel.SUPPLEMENT_DAYS), "");
        main.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");
        assertThat(second.getItem(code).version()).as("nothing was saved").isEqualTo(before);
    }

    @Test
    void at_1366_by_768_and_1920_by_1080_the_rules_tab_and_the_materials_table_cut_nothing_off() {
        String code = codeOf(PERFORMANCE);
        open(code, PERFORMANCE);
        for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(1920, 1080)}) {
            GuiActionRunner.execute(() -> {
                JFrame frame = (JFrame) main.target();
                frame.setExtendedState(JFrame.NORMAL);
                frame.setLocation(0, 0);
                frame.setSize(size);
                frame.validate();
            });
            robot.waitForIdle();
            String tag = size.width + "x" + size.height;
            main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_MATERIALS);
            JTable materials = main.table(MaterialsTab.TABLE).target();
            assertThat(CatalogAdminLayoutTest.cutOffCells(materials)).as(tag).isEmpty();
            assertThat(GuiActionRunner.execute(() -> materials.getParent().getWidth())).as(tag
                    + ": every column without scrolling sideways").isGreaterThanOrEqualTo(GuiActionRunner.execute(
                            () -> materials.getColumnModel().getTotalColumnWidth()));
            assertThat(CatalogAdminLayoutTest.visibleRows(materials)).as(tag).isGreaterThanOrEqualTo(8);
            Screenshots.save(robot, main.target(), "admin-item-materials-supplement-" + tag);
            main.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_RULES);
            assertThat(ItemClockRulesTest.cutOffTexts(GuiActionRunner.execute(() -> (java.awt.Container) main
                    .tabbedPane(ItemEditorPane.TABS).target().getComponentAt(ItemEditorPane.TAB_RULES)))).as(tag)
                    .isEmpty();
            Screenshots.save(robot, main.target(), "admin-item-rules-" + tag);
        }
    }

    /** Opens the item from the keyboard, as AdminWindow does: its code in the filter, then Enter (the only row). */
    private void open(String code, String name) {
        main.textBox(ItemListPane.FILTER_FIELD).deleteText().enterText(code);
        main.table(ItemListPane.TABLE).requireRowCount(1);
        main.textBox(ItemListPane.FILTER_FIELD).pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        try {
            await().atMost(SLOW).ignoreExceptions()
                    .untilAsserted(() -> main.label(ItemEditorPane.TITLE_LABEL).requireText(name));
        } catch (RuntimeException | AssertionError e) {
            Screenshots.save(robot, main.target(), "failed-open-intake-" + code);
            throw e;
        }
    }

    private void tick(String checkBox) {
        if (!main.checkBox(checkBox).target().isSelected()) {
            main.checkBox(checkBox).click();
        }
        main.checkBox(checkBox).requireSelected();
    }

    private int materialRow(String name) {
        String[][] rows = main.table(MaterialsTab.TABLE).contents();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][MaterialTableModel.NAME].equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no material " + name);
    }

    private static String codeOf(String name) {
        return server.demoCatalog().items().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow().implementationCode();
    }

    private static MaterialRequirement material(ServiceItem item, String name) {
        return item.materials().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }
}
