package org.yichuang.client.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFrame;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.client.admin.bundle.BundlePane;
import org.yichuang.client.admin.item.IssueListPane;
import org.yichuang.client.admin.item.ItemEditorPane;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.admin.item.form.LimitsFeeTab;
import org.yichuang.client.admin.item.materials.MaterialTableModel;
import org.yichuang.client.admin.item.materials.MaterialsTab;
import org.yichuang.client.admin.transfer.CatalogTransferPresenterTest;
import org.yichuang.client.admin.transfer.ImportProblemsDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.core.catalog.ServiceBundle;

/** The catalog administration as an administrator uses it, against the in-memory hall. */
class CatalogAdminPanelTest extends SwingTestBase {
    private final AdminFixture f = new AdminFixture();
    private final String publicPlace = AdminFixture.codeOf(AdminFixture.PUBLIC_PLACE);
    private FrameFixture window;
    @TempDir
    Path dir;

    @BeforeEach
    void showPanel() {
        JFrame frame = GuiActionRunner.execute(() -> {
            CatalogAdmin admin = new CatalogAdmin(f.api, f.tasks, f.messages, f.prompts, f.files, AdminFixture.CLOCK);
            JFrame w = new JFrame("事项管理");
            javax.swing.JMenuBar bar = new javax.swing.JMenuBar();
            bar.add(admin.menu());
            w.setJMenuBar(bar);
            w.setContentPane(admin.panel());
            w.setSize(1360, 860);
            admin.load();
            return w;
        });
        window = new FrameFixture(robot, frame);
        window.show(new java.awt.Dimension(1360, 860));
        window.moveTo(new java.awt.Point(0, 0));
        awaitShowing(frame, ItemListPane.FILTER_FIELD);
    }

    private void openPublicPlaceItem() {
        window.textBox(ItemListPane.FILTER_FIELD).enterText("公共场所卫生");
        window.table(ItemListPane.TABLE).requireRowCount(1).selectRows(0);
        window.label(ItemEditorPane.TITLE_LABEL).requireText(AdminFixture.PUBLIC_PLACE);
    }

    @Test
    void a_promised_limit_beyond_the_statutory_one_disables_save_and_once_fixed_saves_a_new_version() {
        openPublicPlaceItem();
        assertThat(window.label(ItemEditorPane.VERSION_LABEL).text()).contains(publicPlace).contains("第 1 版（现行）")
                .contains("system");
        window.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");
        window.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
        Screenshots.save(robot, window.target(), "admin-items");

        window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_LIMITS);
        window.spinner(LimitsFeeTab.PROMISED_VALUE).enterTextAndCommit("30");
        window.label(IssueListPane.SUMMARY_LABEL).requireText("有 1 处需要修改，修改完成后才能保存：");
        assertThat(window.list(IssueListPane.LIST).contents())
                .containsExactly("承诺办结时限：承诺办结时限（30）超过法定办结时限（20）。");
        window.tabbedPane(ItemEditorPane.TABS).requireTitle("时限与收费（1）",
                org.assertj.swing.data.Index.atIndex(ItemEditorPane.TAB_LIMITS));
        window.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
        window.label(ItemEditorPane.TITLE_LABEL).requireText(AdminFixture.PUBLIC_PLACE + " *");
        Screenshots.save(robot, window.target(), "admin-validation");

        window.spinner(LimitsFeeTab.PROMISED_VALUE).enterTextAndCommit("4");
        window.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");
        window.button(ItemEditorPane.SAVE_BUTTON).requireEnabled().click();

        assertThat(f.api.getItem(publicPlace).version()).isEqualTo(2);
        assertThat(f.api.getItem(publicPlace).item().promisedLimit().value()).isEqualTo(4);
        assertThat(window.label(ItemEditorPane.VERSION_LABEL).text()).contains("第 2 版（现行）").contains("admin");
        window.label(ItemEditorPane.NOTICE_LABEL).requireText("已保存为第 2 版，2026-11-23 10:00 起生效。");
        window.table(ItemListPane.TABLE).requireCellValue(TableCell.row(0).column(ItemListPane.COLUMN_VERSION),
                "v2");
        window.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();
    }

    @Test
    void a_new_material_must_be_named_before_the_item_can_be_saved() {
        openPublicPlaceItem();
        window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_MATERIALS);
        int before = window.table(MaterialsTab.TABLE).rowCount();
        window.table(MaterialsTab.TABLE).selectRows(0);
        window.button(MaterialsTab.ADD_BUTTON).click();

        window.table(MaterialsTab.TABLE).requireRowCount(before + 1);
        assertThat(window.list(IssueListPane.LIST).contents()).containsExactly("申请材料第 2 项 · 材料名称：请填写材料名称。");
        window.button(ItemEditorPane.SAVE_BUTTON).requireDisabled();

        window.table(MaterialsTab.TABLE).enterValue(TableCell.row(1).column(MaterialTableModel.NAME), "场所平面布局图");
        window.textBox(MaterialsTab.NOTES_FIELD).enterText("标明各功能区面积");
        window.label(IssueListPane.SUMMARY_LABEL).requireText("✓ 已通过规则检查");
        Screenshots.save(robot, window.target(), "admin-materials");
        window.button(ItemEditorPane.SAVE_BUTTON).requireEnabled().click();

        assertThat(f.api.getItem(publicPlace).item().materials().get(1)).satisfies(m -> {
            assertThat(m.name()).isEqualTo("场所平面布局图");
            assertThat(m.notes()).isEqualTo("标明各功能区面积");
            assertThat(m.required()).isTrue();
        });
    }

    @Test
    void a_bundle_is_created_from_two_items_previewed_and_deleted() {
        window.tabbedPane(CatalogAdminPanel.TABS).selectTab(1);
        window.button(BundlePane.NEW_BUTTON).click();
        window.textBox(BundlePane.CODE_FIELD).enterText("BUNDLE-XIAOCHI");
        window.textBox(BundlePane.NAME_FIELD).enterText("开办小吃店");
        window.textBox(BundlePane.DESCRIPTION_FIELD).enterText("营业执照、食品经营许可一次申请");
        window.label(BundlePane.ISSUES_LABEL).requireText("● 一件事至少包含两个事项");
        window.button(BundlePane.SAVE_BUTTON).requireDisabled();
        for (String name : new String[] {"食品经营许可（新办）", "公共场所卫生"}) {
            window.textBox(BundlePane.CANDIDATE_FILTER).setText("");
            window.textBox(BundlePane.CANDIDATE_FILTER).enterText(name);
            window.list(BundlePane.CANDIDATE_LIST).clickItem(0);
            window.button(BundlePane.ADD_BUTTON).click();
        }
        window.table(BundlePane.MEMBER_TABLE).requireRowCount(2);
        window.table(BundlePane.MEMBER_TABLE).requireCellValue(TableCell.row(0).column(1), "食品经营许可（新办）");
        assertThat(window.table(BundlePane.PREVIEW_TABLE).rowCount()).isGreaterThan(3);
        assertThat(java.util.Arrays.asList(window.table(BundlePane.PREVIEW_TABLE).contents()))
                .anySatisfy(row -> assertThat(row[4]).contains("食品经营许可（新办）、" + AdminFixture.PUBLIC_PLACE));
        Screenshots.save(robot, window.target(), "admin-bundle");
        window.button(BundlePane.SAVE_BUTTON).requireEnabled().click();
        assertThat(f.api.listBundles()).extracting(ServiceBundle::code).contains("BUNDLE-XIAOCHI");
        window.textBox(BundlePane.CODE_FIELD).requireNotEditable();

        f.prompts.answer(true);
        window.button(BundlePane.DELETE_BUTTON).click();
        assertThat(f.api.listBundles()).extracting(ServiceBundle::code).doesNotContain("BUNDLE-XIAOCHI");
        window.table(BundlePane.BUNDLE_TABLE).requireRowCount(5);
    }

    @Test
    void a_workbook_with_errors_lists_each_problem_with_sheet_row_and_column_and_imports_nothing() throws Exception {
        Path file = dir.resolve("实施清单.xlsx");
        Files.write(file, CatalogTransferPresenterTest.brokenWorkbook());
        f.files.answer(file);
        window.button(CatalogAdminPanel.IMPORT_BUTTON).click();

        DialogFixture problems = WindowFinder.findDialog(ImportProblemsDialog.NAME).withTimeout(10_000).using(robot);
        awaitShowing(problems.target(), ImportProblemsDialog.TABLE);
        assertThat(problems.label(ImportProblemsDialog.SUMMARY_LABEL).text()).contains("实施清单.xlsx");
        String[][] rows = problems.table(ImportProblemsDialog.TABLE).contents();
        assertThat(java.util.Arrays.asList(rows)).isNotEmpty().allSatisfy(row -> {
            assertThat(row[0]).isNotBlank();
            assertThat(row[1]).matches("\\d+");
            assertThat(row[2]).matches("[A-Z]+");
        });
        assertThat(java.util.Arrays.asList(rows)).anySatisfy(row -> assertThat(row[4]).contains("超过法定办结时限"));
        Screenshots.save(robot, problems.target(), "admin-import-problems");

        problems.button(ImportProblemsDialog.COPY_BUTTON).click();
        String copied = GuiActionRunner.execute(() -> (String) Toolkit.getDefaultToolkit().getSystemClipboard()
                .getData(DataFlavor.stringFlavor));
        assertThat(copied.lines()).hasSize(rows.length + 1).first().isEqualTo("工作表\t行\t列\t字段\t问题");
        problems.button(ImportProblemsDialog.CLOSE_BUTTON).click();
        assertThat(f.api.itemVersions(f.api.listItems().get(0).implementationCode())).hasSize(1);
    }
}
