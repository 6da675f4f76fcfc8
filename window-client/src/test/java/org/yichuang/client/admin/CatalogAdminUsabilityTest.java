package org.yichuang.client.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JSpinner;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.bundle.BundlePane;
import org.yichuang.client.admin.item.form.ContactsTab;
import org.yichuang.client.admin.item.IssueListPane;
import org.yichuang.client.admin.item.ItemEditorPane;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.admin.item.form.LimitsFeeTab;
import org.yichuang.client.testing.SwingTestBase;

/** What a new administrator trying the demo stumbled over (issue 8, item 15), each checked as they would do it. */
class CatalogAdminUsabilityTest extends SwingTestBase {
    /** AssertJ-Swing's robot reads the old-style modifier masks. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;
    private AdminWindow w;
    private FrameFixture window;

    @BeforeEach
    void show() {
        w = AdminWindow.show(robot, Locale.SIMPLIFIED_CHINESE, new java.awt.Dimension(1366, 768));
        window = w.window;
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void the_filter_finds_items_by_pinyin_initials_and_full_pinyin() {
        window.textBox(ItemListPane.FILTER_FIELD).enterText("ggcswsxk");
        window.table(ItemListPane.TABLE).requireRowCount(1)
                .requireCellValue(org.assertj.swing.data.TableCell.row(0).column(ItemListPane.COLUMN_NAME),
                        AdminFixture.PUBLIC_PLACE);
        window.textBox(ItemListPane.FILTER_FIELD).deleteText().enterText("gonggongchangsuo");
        assertThat(window.table(ItemListPane.TABLE).contents()[0][ItemListPane.COLUMN_NAME])
                .isEqualTo(AdminFixture.PUBLIC_PLACE);
        window.label(ItemListPane.COUNT_LABEL).requireText("显示 1 项，共 45 个事项");
    }

    @Test
    void the_bundle_candidates_are_found_by_pinyin_too() {
        window.tabbedPane(CatalogAdminPanel.TABS).selectTab(1);
        window.button(BundlePane.NEW_BUTTON).click();
        window.textBox(BundlePane.CANDIDATE_FILTER).enterText("ggcswsxk");
        String[] found = window.list(BundlePane.CANDIDATE_LIST).contents();
        assertThat(found).hasSize(1);
        assertThat(found[0]).startsWith(AdminFixture.PUBLIC_PLACE);
    }

    @Test
    void a_filter_matching_nothing_says_so_with_a_hint_and_escape_clears_it() {
        window.textBox(ItemListPane.FILTER_FIELD).enterText("xyzq");
        window.label(ItemListPane.EMPTY_LABEL).requireVisible();
        assertThat(window.label(ItemListPane.EMPTY_LABEL).text()).contains("没有符合“xyzq”的事项")
                .contains("拼音首字母");
        window.textBox(ItemListPane.FILTER_FIELD).pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        window.textBox(ItemListPane.FILTER_FIELD).requireEmpty();
        window.table(ItemListPane.TABLE).requireVisible().requireRowCount(45);
    }

    @Test
    void down_from_the_filter_opens_the_first_item_and_enter_opens_the_only_one_left() {
        window.textBox(ItemListPane.FILTER_FIELD).enterText("食品");
        window.textBox(ItemListPane.FILTER_FIELD).pressAndReleaseKeys(KeyEvent.VK_DOWN);
        String first = window.table(ItemListPane.TABLE).contents()[0][ItemListPane.COLUMN_NAME];
        window.label(ItemEditorPane.TITLE_LABEL).requireText(first);
        window.table(ItemListPane.TABLE).requireFocused();
        window.table(ItemListPane.TABLE).pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        window.textBox(ItemListPane.FILTER_FIELD).requireFocused();

        window.textBox(ItemListPane.FILTER_FIELD).deleteText().enterText("ggcswsxk");
        window.textBox(ItemListPane.FILTER_FIELD).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.label(ItemEditorPane.TITLE_LABEL).requireText(AdminFixture.PUBLIC_PLACE);
    }

    @Test
    void a_number_typed_into_a_spinner_is_checked_at_once_without_leaving_the_field() {
        w.open(AdminFixture.PUBLIC_PLACE);
        window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_LIMITS);
        JSpinner promised = (JSpinner) window.spinner(LimitsFeeTab.PROMISED_VALUE).target();
        javax.swing.JFormattedTextField text = ((JSpinner.DefaultEditor) promised.getEditor()).getTextField();
        typeInto(text, "300");   // typed, no Enter, no Tab
        assertThat(focusOwner()).isSameAs(text);
        window.label(IssueListPane.SUMMARY_LABEL).requireText("有 1 处需要修改，修改完成后才能保存：");
        window.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
    }

    @Test
    void ctrl_s_with_nothing_to_save_says_why() {
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_S)
                .modifiers(CTRL));
        w.open(AdminFixture.PUBLIC_PLACE);
        window.textBox(ItemListPane.FILTER_FIELD).focus();
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_S)
                .modifiers(CTRL));
        window.label(ItemEditorPane.NOTICE_LABEL).requireText("没有修改，无需保存。");

        window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_LIMITS);
        JSpinner promised = (JSpinner) window.spinner(LimitsFeeTab.PROMISED_VALUE).target();
        typeInto(((JSpinner.DefaultEditor) promised.getEditor()).getTextField(), "300");
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_S)
                .modifiers(CTRL));
        window.label(ItemEditorPane.NOTICE_LABEL).requireText("还不能保存：有 1 处需要修改，见下方列表（点击一项可跳到该字段）。");
        assertThat(w.f.api.getItem(AdminFixture.codeOf(AdminFixture.PUBLIC_PLACE)).version()).isEqualTo(1);

        window.spinner(LimitsFeeTab.PROMISED_VALUE).select(4);
        // the reason was about the draft before this change (under load Xvfb may repeat the held Ctrl+S, which then
        // saves at once: either way the stale reason is gone)
        assertThat(window.label(ItemEditorPane.NOTICE_LABEL).text()).doesNotStartWith("还不能保存");
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_S)
                .modifiers(CTRL));
        assertThat(w.f.api.getItem(AdminFixture.codeOf(AdminFixture.PUBLIC_PLACE)).version()).isEqualTo(2);
    }

    @Test
    void ctrl_s_on_the_bundle_tab_without_an_open_bundle_says_why() {
        window.tabbedPane(CatalogAdminPanel.TABS).selectTab(1);
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(KeyEvent.VK_S)
                .modifiers(CTRL));
        assertThat(w.f.prompts.informations()).containsExactly(
                "没有打开的一件事，无需保存；请先在左侧选择或新建一件事。");
    }

    @Test
    void clicking_a_problem_shows_its_tab_and_puts_the_cursor_in_its_field() {
        w.open(AdminFixture.PUBLIC_PLACE);
        GuiActionRunner.execute(() -> w.admin.presenter().editor().edit(d -> {
            d.promisedValue = 300;
            d.consultPhone = "12";
        }));
        assertThat(window.list(IssueListPane.LIST).contents()).hasSize(2);
        window.list(IssueListPane.LIST).clickItem(0);
        window.tabbedPane(ItemEditorPane.TABS).requireSelectedTab(org.assertj.swing.data.Index.atIndex(
                ItemEditorPane.TAB_LIMITS));
        JSpinner promised = (JSpinner) window.spinner(LimitsFeeTab.PROMISED_VALUE).target();
        awaitFocus(((JSpinner.DefaultEditor) promised.getEditor()).getTextField());

        window.list(IssueListPane.LIST).selectItem(1).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.tabbedPane(ItemEditorPane.TABS).requireSelectedTab(org.assertj.swing.data.Index.atIndex(
                ItemEditorPane.TAB_CONTACTS));
        awaitFocus(window.textBox(ContactsTab.CONSULT_FIELD).target());
        assertThat(GuiActionRunner.execute(() -> focusOwner().isShowing())).isTrue();
    }

    @Test
    void every_button_and_menu_item_of_catalog_administration_has_a_mnemonic_it_shows_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            AdminFixture f = new AdminFixture(locale);
            CatalogAdmin admin = GuiActionRunner.execute(() -> new CatalogAdmin(f.api, f.tasks, f.messages, f.prompts,
                    f.files, AdminFixture.CLOCK));
            GuiActionRunner.execute(() -> {
                JMenu menu = admin.menu();
                assertThat(menu.getMnemonic()).isNotZero();
                assertThat(menu.getDisplayedMnemonicIndex()).as(menu.getText()).isGreaterThanOrEqualTo(0);
                for (Component c : menu.getMenuComponents()) {
                    if (c instanceof JMenuItem item) {
                        assertShowsMnemonic(item);
                    }
                }
                for (AbstractButton b : buttons(admin.panel())) {
                    assertShowsMnemonic(b);
                }
            });
        }
    }

    private static void assertShowsMnemonic(AbstractButton b) {
        assertThat(b.getMnemonic()).as("mnemonic of %s", b.getText()).isNotZero();
        assertThat(b.getDisplayedMnemonicIndex()).as("underlined letter of %s", b.getText()).isGreaterThanOrEqualTo(0);
    }

    private static java.util.List<AbstractButton> buttons(java.awt.Container root) {
        java.util.List<AbstractButton> found = new java.util.ArrayList<>();
        for (Component c : root.getComponents()) {
            if (c instanceof javax.swing.JButton b && b.getAction() != null) {
                found.add(b);
            }
            if (c instanceof java.awt.Container inner) {
                found.addAll(buttons(inner));
            }
        }
        return found;
    }

    /** Clicks into {@code field}, selects what it shows and types {@code text}, as an administrator would. */
    private void typeInto(javax.swing.text.JTextComponent field, String text) {
        robot.click(field);
        GuiActionRunner.execute(field::selectAll);
        robot.enterText(text);
        robot.waitForIdle();
    }

    private Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    private void awaitFocus(Component expected) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(focusOwner()).isSameAs(expected));
    }
}
