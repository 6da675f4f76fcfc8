package org.yichuang.client.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.client.admin.bundle.BundlePane;
import org.yichuang.client.admin.item.HistoryTab;
import org.yichuang.client.admin.item.IssueListPane;
import org.yichuang.client.admin.item.ItemEditorPane;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.admin.item.materials.MaterialsTab;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;

/**
 * What the administrator sees on a 1366×768 laptop (the smallest screen halls still buy) and on a 1920×1080 one:
 * columns not cut off, long texts high enough to read, tables and lists with a useful number of rows.
 */
class CatalogAdminLayoutTest extends SwingTestBase {
    private static final Dimension LAPTOP = new Dimension(1366, 768);
    private static final Dimension DESKTOP = new Dimension(1920, 1080);

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void no_column_of_the_item_list_cuts_off_its_text_at_1366_pixels(String language) throws Exception {
        try (AdminWindow w = AdminWindow.show(robot, Locale.forLanguageTag(language), LAPTOP)) {
            JTable table = w.window.table(ItemListPane.TABLE).target();
            assertThat(GuiActionRunner.execute(table::getRowCount)).isEqualTo(45);
            assertThat(cutOffCells(table)).isEmpty();
            w.window.tabbedPane(CatalogAdminPanel.TABS).selectTab(1);
            w.window.table(BundlePane.BUNDLE_TABLE).selectRows(0);
            for (String name : List.of(BundlePane.BUNDLE_TABLE, BundlePane.MEMBER_TABLE, BundlePane.PREVIEW_TABLE)) {
                assertThat(cutOffCells(w.window.table(name).target())).as(name).isEmpty();
            }
            Screenshots.save(robot, w.window.target(), "admin-bundles-1366-" + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void the_materials_table_shows_eight_rows_at_1366_by_768_with_and_without_the_problem_list(String language)
            throws Exception {
        try (AdminWindow w = AdminWindow.show(robot, Locale.forLanguageTag(language), LAPTOP)) {
            w.open(AdminFixture.PUBLIC_PLACE);
            w.window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_MATERIALS);
            JTable materials = w.window.table(MaterialsTab.TABLE).target();
            assertThat(GuiActionRunner.execute(materials::getRowCount)).isGreaterThanOrEqualTo(8);
            assertThat(visibleRows(materials)).as("without problems").isGreaterThanOrEqualTo(8);
            assertThat(cutOffCells(materials)).isEmpty();
            Screenshots.save(robot, w.window.target(), "admin-materials-1366-" + language);
            w.window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_HISTORY);
            assertThat(cutOffCells(w.window.table(HistoryTab.TABLE).target())).as("versions").isEmpty();
            w.window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_MATERIALS);

            GuiActionRunner.execute(() -> w.admin.presenter().editor().edit(d -> {
                d.promisedValue = 300;
                var m = d.materials.get(0);
                d.materials.set(0, new org.yichuang.core.catalog.MaterialRequirement("", m.kind(), m.originals(),
                        m.copies(), m.paperSize(), m.sealOrSignature(), m.source(), m.required(), m.condition(),
                        m.deferrable(), m.sampleRef(), m.notes()));
            }));
            w.window.list(IssueListPane.LIST).requireVisible();
            assertThat(w.window.list(IssueListPane.LIST).contents()).hasSize(2);
            assertThat(visibleRows(materials)).as("with the problem list open").isGreaterThanOrEqualTo(8);
            Screenshots.save(robot, w.window.target(), "admin-materials-problems-1366-" + language);
        }
    }

    @Test
    void a_cell_cut_off_because_its_column_was_narrowed_shows_its_full_text_as_tooltip() throws Exception {
        try (AdminWindow w = AdminWindow.show(robot, Locale.SIMPLIFIED_CHINESE, LAPTOP)) {
            JTable table = w.window.table(ItemListPane.TABLE).target();
            String tip = GuiActionRunner.execute(() -> {
                table.getColumnModel().getColumn(ItemListPane.COLUMN_NAME).setPreferredWidth(40);
                table.getColumnModel().getColumn(ItemListPane.COLUMN_NAME).setWidth(40);
                java.awt.Rectangle cell = table.getCellRect(0, ItemListPane.COLUMN_NAME, false);
                return table.getToolTipText(new java.awt.event.MouseEvent(table, java.awt.event.MouseEvent.MOUSE_MOVED,
                        0, 0, cell.x + 5, cell.y + 5, 0, false));
            });
            assertThat(tip).isEqualTo(table.getValueAt(0, ItemListPane.COLUMN_NAME));
            String kindTip = GuiActionRunner.execute(() -> {
                java.awt.Rectangle cell = table.getCellRect(0, ItemListPane.COLUMN_KIND, false);
                return table.getToolTipText(new java.awt.event.MouseEvent(table, java.awt.event.MouseEvent.MOUSE_MOVED,
                        0, 0, cell.x + 5, cell.y + 5, 0, false));
            });
            assertThat(kindTip).as("a cell that fits has no tooltip").isNull();
        }
    }

    @Test
    void the_bundle_editor_lists_show_six_rows_at_1366_by_768() throws Exception {
        try (AdminWindow w = AdminWindow.show(robot, Locale.SIMPLIFIED_CHINESE, LAPTOP)) {
            w.window.tabbedPane(CatalogAdminPanel.TABS).selectTab(1);
            w.window.table(BundlePane.BUNDLE_TABLE).selectRows(0);
            JList<?> candidates = w.window.list(BundlePane.CANDIDATE_LIST).target();
            assertThat(visibleRows(candidates)).as("candidates").isGreaterThanOrEqualTo(6);
            assertThat(visibleRows(w.window.table(BundlePane.MEMBER_TABLE).target())).as("members")
                    .isGreaterThanOrEqualTo(6);
            // the merged preview takes what is left: a few rows here (it scrolls), six and more on a 1080p screen
            assertThat(visibleRows(w.window.table(BundlePane.PREVIEW_TABLE).target())).as("merged materials")
                    .isGreaterThanOrEqualTo(3);
            Screenshots.save(robot, w.window.target(), "admin-bundle-1366");
        }
    }

    @Test
    void on_a_1080p_screen_the_merged_preview_shows_six_rows_too() throws Exception {
        try (AdminWindow w = AdminWindow.show(robot, Locale.SIMPLIFIED_CHINESE, DESKTOP)) {
            JTable items = w.window.table(ItemListPane.TABLE).target();
            assertThat(GuiActionRunner.execute(() -> items.getParent().getWidth()))
                    .as("the item list shows every column without scrolling sideways")
                    .isGreaterThanOrEqualTo(GuiActionRunner.execute(() -> items.getColumnModel().getTotalColumnWidth()));
            w.window.tabbedPane(CatalogAdminPanel.TABS).selectTab(1);
            w.window.table(BundlePane.BUNDLE_TABLE).selectRows(0);
            assertThat(visibleRows(w.window.table(BundlePane.PREVIEW_TABLE).target())).isGreaterThanOrEqualTo(6);
            w.window.tabbedPane(CatalogAdminPanel.TABS).selectTab(0);
            w.open(AdminFixture.PUBLIC_PLACE);
            w.window.tabbedPane(ItemEditorPane.TABS).selectTab(ItemEditorPane.TAB_MATERIALS);
            assertThat(visibleRows(w.window.table(MaterialsTab.TABLE).target())).isGreaterThanOrEqualTo(8);
            assertThat(cutOffCells(w.window.table(MaterialsTab.TABLE).target())).isEmpty();
            Screenshots.save(robot, w.window.target(), "admin-materials-1920");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1366x768", "1920x1080"})
    void long_texts_are_at_least_three_lines_high_without_scrolling_the_tab_and_grow_with_their_text(String size)
            throws Exception {
        String[] wh = size.split("x");
        Dimension screen = new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        try (AdminWindow w = AdminWindow.show(robot, Locale.SIMPLIFIED_CHINESE, screen)) {
            w.open(AdminFixture.PUBLIC_PLACE);
            for (String name : List.of("admin.item.legalBasis", "admin.item.conditions", "admin.item.processSteps")) {
                JTextArea area = (JTextArea) w.window.textBox(name).target();
                assertThat(visibleLines(area)).as(name).isGreaterThanOrEqualTo(3);
            }
            JTextArea conditions = (JTextArea) w.window.textBox("admin.item.conditions").target();
            int before = GuiActionRunner.execute(() -> scrollOf(conditions).getHeight());
            GuiActionRunner.execute(() -> conditions.setText(
                    "一、场所合法\n二、布局合理\n三、设施齐全\n四、制度健全\n五、人员持证\n六、检测合格"));
            robot.waitForIdle();
            assertThat(GuiActionRunner.execute(() -> scrollOf(conditions).getHeight())).as("grows with its text")
                    .isGreaterThan(before);
            assertThat(visibleLines(conditions)).isGreaterThanOrEqualTo(6);
            Screenshots.save(robot, w.window.target(), "admin-basic-" + size);
        }
    }

    /** Returns "row,column: text" for every cell whose text is wider than its column. */
    static List<String> cutOffCells(JTable table) {
        return GuiActionRunner.execute(() -> {
            List<String> cut = new ArrayList<>();
            for (int column = 0; column < table.getColumnCount(); column++) {
                int width = table.getColumnModel().getColumn(column).getWidth();
                Component header = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                        table.getColumnModel().getColumn(column).getHeaderValue(), false, false, -1, column);
                if (header.getPreferredSize().width > width) {
                    cut.add("header," + column + ": " + table.getColumnName(column));
                }
                for (int row = 0; row < table.getRowCount(); row++) {
                    Component c = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                    if (c.getPreferredSize().width > width) {
                        cut.add(row + "," + column + ": " + table.getValueAt(row, column) + " ("
                                + c.getPreferredSize().width + " > " + width + ")");
                    }
                }
            }
            return cut;
        });
    }

    /** Returns how many whole rows the table's scroll pane shows. */
    static int visibleRows(JTable table) {
        return GuiActionRunner.execute(() -> table.getParent().getHeight() / table.getRowHeight());
    }

    static int visibleRows(JList<?> list) {
        return GuiActionRunner.execute(() -> {
            int cell = list.getCellBounds(0, 0) == null ? list.getFixedCellHeight() : list.getCellBounds(0, 0).height;
            return list.getParent().getHeight() / Math.max(1, cell);
        });
    }

    /** Returns how many lines of the area show at once (its own view, however the tab is scrolled). */
    private static int visibleLines(JTextArea area) {
        return GuiActionRunner.execute(() -> scrollOf(area).getViewport().getHeight()
                / area.getFontMetrics(area.getFont()).getHeight());
    }

    private static JScrollPane scrollOf(JTextArea area) {
        return (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, area);
    }
}
