package org.yichuang.client.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.SignInRequest;

class IntakePanelTest extends SwingTestBase {
    private final FakeHallApi api = new FakeHallApi();
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final List<CaseReceipt> opened = new CopyOnWriteArrayList<>();
    private final List<CatalogEntry> guides = new CopyOnWriteArrayList<>();
    private IntakePresenter presenter;
    private FrameFixture window;

    @BeforeEach
    void showPanel() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        JFrame frame = GuiActionRunner.execute(() -> {
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            presenter = new IntakePresenter(api, tasks, messages, LocalDate::now, () -> UUID.randomUUID().toString(),
                    opened::add);
            IntakePanel panel = new IntakePanel(messages, presenter, new CreateCaseAction(messages, presenter),
                    new PrintGuideAction(messages, presenter, guides::add));
            JFrame f = new JFrame();
            f.setContentPane(panel);
            f.setSize(1100, 700);
            presenter.loadItems();
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show();
        awaitShowing(frame, IntakePanel.FILTER_FIELD);
    }

    private String selectedName() {
        return GuiActionRunner.execute(() -> presenter.selectedEntry() == null ? null : presenter.selectedEntry().name());
    }

    private void press(int keyCode) {
        robot.pressAndReleaseKey(keyCode);
        robot.waitForIdle();
    }

    @Test
    void a_case_can_be_created_with_the_keyboard_alone() {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("spjyxk");
        window.table(IntakePanel.ITEM_TABLE).requireRowCount(2);
        press(KeyEvent.VK_DOWN);
        press(KeyEvent.VK_ENTER);
        window.textBox(IntakePanel.NAME_FIELD).requireFocused();

        robot.enterText("张三");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        robot.enterText("110105194912310021");
        window.label(IntakePanel.ID_MESSAGE_LABEL).requireText("身份证号码校验位不正确，请核对后重新输入。");
        window.button(IntakePanel.CREATE_BUTTON).requireDisabled();

        window.textBox(IntakePanel.ID_FIELD).deleteText().enterText("11010519491231002X");
        window.button(IntakePanel.CREATE_BUTTON).requireEnabled();
        window.textBox(IntakePanel.ID_FIELD).focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.waitForIdle();

        assertThat(opened).singleElement().satisfies(r -> {
            assertThat(r.itemName()).isEqualTo("食品经营许可（新办）");
            assertThat(r.applicantName()).isEqualTo("张三");
        });
        window.textBox(IntakePanel.CASE_NO_FIELD).requireText(opened.get(0).caseNo());
        window.textBox(IntakePanel.NAME_FIELD).requireEmpty();
    }

    @Test
    void typing_initials_then_down_and_enter_picks_the_item_and_moves_to_the_applicant() {
        window.label(IntakePanel.RESULT_LABEL).requireText("共 45 个事项、5 个“一件事”");
        GuiActionRunner.execute(() -> ((IntakePanel) ((JFrame) window.target()).getContentPane()).focusFilter());
        window.textBox(IntakePanel.FILTER_FIELD).requireFocused();

        robot.enterText("ggcs");
        window.label(IntakePanel.RESULT_LABEL).requireText("1 项匹配");
        window.table(IntakePanel.ITEM_TABLE).requireRowCount(1).requireCellValue(
                org.assertj.swing.data.TableCell.row(0).column(0), "公共场所卫生许可证核发");

        window.textBox(IntakePanel.FILTER_FIELD).deleteText();
        robot.enterText("bdc");
        window.table(IntakePanel.ITEM_TABLE).requireRowCount(4);
        assertThat(selectedName()).isEqualTo("不动产抵押登记");
        press(KeyEvent.VK_DOWN);
        window.textBox(IntakePanel.FILTER_FIELD).requireFocused();
        window.table(IntakePanel.ITEM_TABLE).requireSelectedRows(1);
        assertThat(selectedName()).isEqualTo("不动产转移登记");
        press(KeyEvent.VK_ENTER);

        window.textBox(IntakePanel.NAME_FIELD).requireFocused();
        assertThat(window.label(IntakePanel.SELECTED_ITEM_LABEL).text()).startsWith("不动产转移登记（");
    }

    @Test
    void up_and_page_keys_move_the_choice_while_the_caret_stays_in_the_filter() {
        window.textBox(IntakePanel.FILTER_FIELD).focus();
        press(KeyEvent.VK_PAGE_DOWN);
        int page = GuiActionRunner.execute(() -> presenter.visibleEntries().indexOf(presenter.selectedEntry()));
        assertThat(page).isGreaterThan(5);
        press(KeyEvent.VK_UP);
        assertThat(GuiActionRunner.execute(() -> presenter.visibleEntries().indexOf(presenter.selectedEntry())))
                .isEqualTo(page - 1);
        window.table(IntakePanel.ITEM_TABLE).requireSelectedRows(page - 1);
        press(KeyEvent.VK_PAGE_UP);
        assertThat(selectedName()).isEqualTo("住房公积金单位缴存登记");
        window.textBox(IntakePanel.FILTER_FIELD).requireFocused();
    }

    @Test
    void escape_clears_the_filter_and_keeps_the_choice() {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("bdc");
        press(KeyEvent.VK_DOWN);

        press(KeyEvent.VK_ESCAPE);

        window.textBox(IntakePanel.FILTER_FIELD).requireEmpty().requireFocused();
        window.table(IntakePanel.ITEM_TABLE).requireRowCount(50);
        window.label(IntakePanel.RESULT_LABEL).requireText("共 45 个事项、5 个“一件事”");
        assertThat(selectedName()).isEqualTo("不动产转移登记");
        int row = GuiActionRunner.execute(() -> presenter.visibleEntries().indexOf(presenter.selectedEntry()));
        window.table(IntakePanel.ITEM_TABLE).requireSelectedRows(row);
    }

    @Test
    void an_empty_result_says_so_and_enter_stays_in_the_filter() {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("xyzxyz");

        window.label(IntakePanel.RESULT_LABEL).requireText("无匹配事项");
        window.table(IntakePanel.ITEM_TABLE).requireRowCount(0);
        window.label(IntakePanel.SELECTED_ITEM_LABEL).requireText("请在左侧选择事项");
        window.button(IntakePanel.GUIDE_BUTTON).requireDisabled();
        press(KeyEvent.VK_ENTER);
        window.textBox(IntakePanel.FILTER_FIELD).requireFocused();
        Screenshots.save(robot, window.target(), "intake-no-match");
    }

    @Test
    void a_bundle_is_marked_and_can_be_received_and_f7_asks_for_its_guide() {
        window.textBox(IntakePanel.NAME_FIELD).enterText("张三");
        window.textBox(IntakePanel.ID_FIELD).enterText("11010519491231002X");
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("kaiban");

        assertThat(selectedName()).isEqualTo("开办餐饮店");
        window.table(IntakePanel.ITEM_TABLE).requireCellValue(org.assertj.swing.data.TableCell.row(0).column(2), "一件事")
                .requireCellValue(org.assertj.swing.data.TableCell.row(0).column(1), "2个部门联办")
                .requireSelectedRows(0);
        window.label(IntakePanel.SELECTED_ITEM_LABEL).requireText("一件事：开办餐饮店（含 3 个事项）");
        // a 一件事 is received like an item: the parent and its children (POST /api/bundle-cases)
        window.button(IntakePanel.CREATE_BUTTON).requireEnabled();
        window.button(IntakePanel.GUIDE_BUTTON).requireEnabled();
        press(KeyEvent.VK_ENTER);
        window.textBox(IntakePanel.NAME_FIELD).requireFocused();
        Screenshots.save(robot, window.target(), "intake-bundle");

        press(KeyEvent.VK_F7);

        assertThat(guides).singleElement().satisfies(e -> {
            assertThat(e.isBundle()).isTrue();
            assertThat(e.code()).isEqualTo("BUNDLE-CANYIN");
        });
    }

    @Test
    void a_15_digit_number_is_shown_upgraded_when_the_field_is_left() {
        window.textBox(IntakePanel.ID_FIELD).enterText("110105491231002");
        window.label(IntakePanel.ID_MESSAGE_LABEL).requireText("15位旧号码，已升级为：11010519491231002X");

        window.textBox(IntakePanel.NAME_FIELD).focus();

        window.textBox(IntakePanel.ID_FIELD).requireText("11010519491231002X");
    }

    private void ctrlEnter() {
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
    }

    private Object outline(String field) {
        return GuiActionRunner.execute(() -> window.textBox(field).target()
                .getClientProperty(com.formdev.flatlaf.FlatClientProperties.OUTLINE));
    }

    @Test
    void a_wrong_id_gets_a_red_outline_and_ctrl_enter_says_why_and_goes_there() {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("ggcs");
        press(KeyEvent.VK_ENTER);
        robot.enterText("张三");
        window.textBox(IntakePanel.ID_FIELD).enterText("110105194912310021");

        assertThat(outline(IntakePanel.ID_FIELD)).isEqualTo("error");
        assertThat(outline(IntakePanel.NAME_FIELD)).isNull();
        assertThat(GuiActionRunner.execute(() -> window.label(IntakePanel.ID_MESSAGE_LABEL).target().getIcon()))
                .isNotNull();
        window.textBox(IntakePanel.NAME_FIELD).focus();

        ctrlEnter();

        assertThat(opened).isEmpty();
        window.label(IntakePanel.BLOCKER_LABEL).requireText("身份证号码校验位不正确，请核对后重新输入。");
        window.textBox(IntakePanel.ID_FIELD).requireFocused();
        assertThat(GuiActionRunner.execute(() -> window.textBox(IntakePanel.ID_FIELD).target().getSelectedText()))
                .isEqualTo("110105194912310021");
        Screenshots.save(robot, window.target(), "intake-ctrl-enter-blocked");

        window.textBox(IntakePanel.ID_FIELD).deleteText().enterText("11010519491231002X");
        assertThat(outline(IntakePanel.ID_FIELD)).isNull();
        window.label(IntakePanel.BLOCKER_LABEL).requireText(" ");
    }

    /** The form used to accept local numbers the server refuses (issue 10); both now ask core's PhoneNumber. */
    @Test
    void a_phone_without_area_code_is_marked_with_the_servers_reason_and_ctrl_enter_goes_there() {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("ggcs");
        press(KeyEvent.VK_ENTER);
        robot.enterText("张三");
        window.textBox(IntakePanel.ID_FIELD).enterText("11010519491231002X");
        window.textBox(IntakePanel.PHONE_FIELD).enterText("6231201");

        assertThat(outline(IntakePanel.PHONE_FIELD)).isEqualTo("error");
        window.label(IntakePanel.PHONE_ERROR_LABEL)
                .requireText("联系电话格式不正确：固定电话须带区号（如 0771-1234567）；手机号码应以 1 开头。");
        window.textBox(IntakePanel.NAME_FIELD).focus();
        ctrlEnter();
        assertThat(opened).isEmpty();
        window.textBox(IntakePanel.PHONE_FIELD).requireFocused();

        window.textBox(IntakePanel.PHONE_FIELD).deleteText().enterText("（０７７１）６２３１２０１");
        assertThat(outline(IntakePanel.PHONE_FIELD)).isNull();
        ctrlEnter();
        assertThat(opened).hasSize(1);
        assertThat(api.received()).singleElement()
                .satisfies(r -> assertThat(r.applicant().phone()).isEqualTo("0771-6231201"));
    }

    @Test
    void ctrl_enter_on_an_empty_form_asks_for_the_name_first() {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("ggcs");

        ctrlEnter();

        window.label(IntakePanel.BLOCKER_LABEL).requireText("无法受理：请填写申请人姓名。");
        window.textBox(IntakePanel.NAME_FIELD).requireFocused();
        robot.enterText("张三");
        window.textBox(IntakePanel.ID_FIELD).enterText("1101051949");
        ctrlEnter();
        window.label(IntakePanel.BLOCKER_LABEL).requireText("无法受理：身份证号码只输入了 10 位，应为 18 位。");
        window.textBox(IntakePanel.ID_FIELD).requireFocused();
        assertThat(opened).isEmpty();
    }

    @Test
    void the_case_number_is_shown_whole_and_can_be_copied() throws Exception {
        GuiActionRunner.execute(() -> window.target().setSize(1366, 740));   // the smallest counter screen
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("ggcs");
        press(KeyEvent.VK_ENTER);
        robot.enterText("张三");
        window.textBox(IntakePanel.ID_FIELD).enterText("11010519491231002X");
        ctrlEnter();

        String number = opened.get(0).caseNo();
        assertThat(number).hasSizeGreaterThan(40);
        window.label(IntakePanel.CASE_NO_CAPTION).requireText("已收件，办件编号：");
        window.textBox(IntakePanel.CASE_NO_FIELD).requireText(number).requireNotEditable();
        javax.swing.JTextField field = (javax.swing.JTextField) window.textBox(IntakePanel.CASE_NO_FIELD).target();
        Screenshots.save(robot, window.target(), "intake-case-number");
        // whole: the text fits inside the field's borders at the smallest counter screen
        int needed = GuiActionRunner.execute(() -> field.getFontMetrics(field.getFont()).stringWidth(number)
                + field.getInsets().left + field.getInsets().right);
        assertThat(GuiActionRunner.execute(field::getWidth)).isGreaterThanOrEqualTo(needed);

        window.button(IntakePanel.COPY_CASE_NO_BUTTON).click();

        Object copied = java.awt.Toolkit.getDefaultToolkit().getSystemClipboard()
                .getData(java.awt.datatransfer.DataFlavor.stringFlavor);
        assertThat(copied).isEqualTo(number);
        window.label(IntakePanel.CASE_NO_CAPTION).requireText("已收件，办件编号： 已复制");
        Screenshots.save(robot, window.target(), "intake-case-number");
    }

    @Test
    void short_names_find_the_item_clerks_mean() {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("社保");

        window.table(IntakePanel.ITEM_TABLE).requireCellValue(org.assertj.swing.data.TableCell.row(0).column(0),
                "社会保障卡申领");
        assertThat(selectedName()).isEqualTo("社会保障卡申领");

        window.textBox(IntakePanel.FILTER_FIELD).deleteText().enterText("gjj");
        assertThat(selectedName()).isEqualTo("住房公积金提取");
    }

    @Test
    void a_bundle_is_summarised_by_its_name_and_items_never_by_its_code() {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("出生一件事");

        assertThat(selectedName()).isEqualTo("出生一件事");
        assertThat(window.label(IntakePanel.SELECTED_ITEM_LABEL).text()).startsWith("一件事：出生一件事（含 ")
                .doesNotContain("BUNDLE");
    }

    @Test
    void no_cell_of_the_list_is_cut_off_on_the_smallest_counter_screen() {
        for (java.awt.Dimension screen : List.of(new java.awt.Dimension(1280, 800), new java.awt.Dimension(1366, 768),
                new java.awt.Dimension(1920, 1080))) {
            GuiActionRunner.execute(() -> window.target().setSize(screen));
            robot.waitForIdle();
            // the longest item name with its code must not squash the form: 备注 keeps its three lines
            window.textBox(IntakePanel.FILTER_FIELD).setText("困难残疾人");
            java.awt.Component remarks = robot.finder().findByName(IntakePanel.REMARKS_FIELD + ".scroll", true);
            assertThat(GuiActionRunner.execute(() -> remarks.getHeight() >= remarks.getPreferredSize().height))
                    .as(screen.width + ": 备注 three lines high").isTrue();
            window.textBox(IntakePanel.FILTER_FIELD).setText("");
            javax.swing.JTable table = window.table(IntakePanel.ITEM_TABLE).target();
            List<String> cut = GuiActionRunner.execute(() -> {
                List<String> out = new java.util.ArrayList<>();
                for (int row = 0; row < table.getRowCount(); row++) {
                    for (int column = 0; column < table.getColumnCount(); column++) {
                        int needed = table.prepareRenderer(table.getCellRenderer(row, column), row, column)
                                .getPreferredSize().width;
                        if (needed > table.getColumnModel().getColumn(column).getWidth()) {
                            out.add(screen.width + ": " + table.getValueAt(row, column) + " needs " + needed + " > "
                                    + table.getColumnModel().getColumn(column).getWidth());
                        }
                    }
                }
                return out;
            });
            Screenshots.save(robot, window.target(), "intake-list-" + screen.width);
            assertThat(cut).isEmpty();
        }
    }
}
