package org.yichuang.client.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.data.Index;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.item.IssueListPane;
import org.yichuang.client.admin.item.ItemEditorPane;
import org.yichuang.client.admin.item.form.LimitsFeeTab;
import org.yichuang.client.admin.item.clock.StepLimitTableModel;
import org.yichuang.client.admin.item.clock.StepLimitsPanel;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.core.catalog.ServiceItem;

/**
 * 最多延期次数, 联合办理 and 环节时限 on the 时限与收费 tab, as an administrator edits them on a 1366×768 laptop: each
 * problem named in Chinese, a click on it puts the cursor in its row, and what is saved is what was typed.
 */
class ItemClockRulesTest extends SwingTestBase {
    private AdminWindow w;

    @BeforeEach
    void show() {
        w = AdminWindow.show(robot, Locale.SIMPLIFIED_CHINESE, new Dimension(1366, 768));
        w.open(AdminFixture.PUBLIC_PLACE);
        w.window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_LIMITS);
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void extensions_joint_handling_and_step_limits_are_checked_as_typed_and_saved_with_the_item() {
        var window = w.window;
        window.spinner(LimitsFeeTab.MAX_EXTENSIONS_SPINNER).requireValue(1).enterTextAndCommit("2");
        window.checkBox(LimitsFeeTab.JOINT_HANDLING_CHECK).requireText("联合办理（延期可达15个工作日）").click();

        // a new row is named after the first step of the process that has no limit yet
        window.button(StepLimitsPanel.ADD_BUTTON).click();
        window.table(StepLimitsPanel.TABLE).requireRowCount(1)
                .requireCellValue(TableCell.row(0).column(StepLimitTableModel.STEP), "收件")
                .requireCellValue(TableCell.row(0).column(StepLimitTableModel.DAYS), "1");
        window.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");
        window.table(StepLimitsPanel.TABLE).enterValue(TableCell.row(0).column(StepLimitTableModel.STEP), "材料审查");
        window.table(StepLimitsPanel.TABLE).enterValue(TableCell.row(0).column(StepLimitTableModel.DAYS), "2");
        window.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");

        window.button(StepLimitsPanel.ADD_BUTTON).click();
        window.table(StepLimitsPanel.TABLE).requireCellValue(TableCell.row(1).column(StepLimitTableModel.STEP), "收件");
        window.button(ItemEditorPane.SAVE_BUTTON).requireEnabled();
        window.table(StepLimitsPanel.TABLE).enterValue(TableCell.row(1).column(StepLimitTableModel.STEP), "材料审查");
        assertThat(window.list(IssueListPane.LIST).contents())
                .containsExactly("环节时限第 2 行：环节“材料审查”重复，与第 1 行相同。");
        window.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
        window.table(StepLimitsPanel.TABLE).enterValue(TableCell.row(1).column(StepLimitTableModel.STEP), "现场审核");
        window.table(StepLimitsPanel.TABLE).enterValue(TableCell.row(1).column(StepLimitTableModel.DAYS), "400");
        assertThat(window.list(IssueListPane.LIST).contents()).containsExactly(
                "环节时限 · 现场审核：环节“现场审核”的时限为400个工作日，超过365个工作日，请检查是否填错。");
        window.tabbedPane(ItemEditorPane.TABS).requireTitle("时限与收费（1）", Index.atIndex(ItemEditorPane.TAB_LIMITS));

        // from the problem list back to the offending row, cursor in the table
        window.table(StepLimitsPanel.TABLE).selectRows(0);
        window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_BASIC);
        window.list(IssueListPane.LIST).clickItem(0);
        window.tabbedPane(ItemEditorPane.TABS).requireSelectedTab(Index.atIndex(ItemEditorPane.TAB_LIMITS));
        JTable table = window.table(StepLimitsPanel.TABLE).target();
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(focusOwner()).isSameAs(table));
        assertThat(GuiActionRunner.execute(table::getSelectedRow)).isEqualTo(1);
        assertThat(GuiActionRunner.execute(table::getSelectedColumn)).isEqualTo(StepLimitTableModel.DAYS);

        window.table(StepLimitsPanel.TABLE).enterValue(TableCell.row(1).column(StepLimitTableModel.DAYS), "2");
        window.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");
        assertThat(CatalogAdminLayoutTest.cutOffCells(table)).isEmpty();
        assertThat(cutOffTexts((Container) GuiActionRunner.execute(() -> window.tabbedPane(ItemEditorPane.TABS)
                .target().getComponentAt(ItemEditorPane.TAB_LIMITS)))).isEmpty();
        GuiActionRunner.execute(() -> table.scrollRectToVisible(table.getBounds()));
        Screenshots.save(robot, window.target(), "admin-item-clock-1366");

        window.button(ItemEditorPane.SAVE_BUTTON).requireEnabled().click();
        ServiceItem saved = w.f.api.getItem(AdminFixture.codeOf(AdminFixture.PUBLIC_PLACE)).item();
        assertThat(saved.maxExtensions()).isEqualTo(2);
        assertThat(saved.jointHandling()).isTrue();
        assertThat(saved.stepLimits()).containsExactly(Map.entry("材料审查", 2), Map.entry("现场审核", 2));

        window.table(StepLimitsPanel.TABLE).selectRows(0);
        window.button(StepLimitsPanel.REMOVE_BUTTON).click();
        window.table(StepLimitsPanel.TABLE).requireRowCount(1)
                .requireCellValue(TableCell.row(0).column(StepLimitTableModel.STEP), "现场审核");
        assertThat(w.admin.presenter().editor().item().stepLimits()).containsExactly(Map.entry("现场审核", 2));
    }

    @Test
    void a_step_that_is_not_in_the_process_is_named_and_blocks_saving() {
        var window = w.window;
        window.button(StepLimitsPanel.ADD_BUTTON).click();
        window.table(StepLimitsPanel.TABLE).enterValue(TableCell.row(0).column(StepLimitTableModel.STEP), "勘查");

        assertThat(window.list(IssueListPane.LIST).contents())
                .containsExactly("环节时限：环节时限中的环节“勘查”不在办理流程中。");
        window.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
    }

    private Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    /** Labels and buttons on screen narrower than their text. */
    static List<String> cutOffTexts(Container root) {
        return GuiActionRunner.execute(() -> {
            List<String> cut = new ArrayList<>();
            collect(root, cut);
            return cut;
        });
    }

    private static void collect(Container root, List<String> cut) {
        for (Component c : root.getComponents()) {
            if (c.isShowing() && (c instanceof JLabel || c instanceof AbstractButton)
                    && c.getWidth() < c.getPreferredSize().width
                    && SwingUtilities.getAncestorOfClass(JTable.class, c) == null) {
                String text = c instanceof JLabel l ? l.getText() : ((AbstractButton) c).getText();
                cut.add(text + " (" + c.getWidth() + " < " + c.getPreferredSize().width + ")");
            }
            if (c instanceof Container inner) {
                collect(inner, cut);
            }
        }
    }
}
