package org.yichuang.client.admin.item.clock;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToolBar;
import javax.swing.ListSelectionModel;
import javax.swing.table.TableCellRenderer;
import org.yichuang.client.admin.item.FieldIssue;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.admin.widgets.FittedTable;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;

/**
 * The 环节时限 table (环节名称 | 工作日) with 添加环节 / 删除环节 above it. A row with a problem is outlined in red with the
 * problem as its tooltip; {@link #locate} selects the row an issue is about so the editor can put the cursor there.
 */
public final class StepLimitsPanel extends JPanel {
    public static final String TABLE = "admin.item.stepLimits.table";
    public static final String ADD_BUTTON = "admin.item.stepLimits.add";
    public static final String REMOVE_BUTTON = "admin.item.stepLimits.remove";
    /** Rows visible without scrolling: items have up to seven steps, most three to five. */
    private static final int VISIBLE_ROWS = 5;

    private final StepLimitsPresenter steps;
    private final StepLimitTableModel model;
    private final JTable table;
    private boolean syncing;

    public StepLimitsPanel(Messages messages, StepLimitsPresenter steps, StepLimitActions actions) {
        super(new BorderLayout(0, 4));
        this.steps = steps;
        this.model = new StepLimitTableModel(messages, steps);
        this.table = new FittedTable(model, 220, 80);
        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.setFillsViewportHeight(true);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setSurrendersFocusOnKeystroke(true);
        table.setDefaultRenderer(String.class, issues(table.getDefaultRenderer(String.class)));
        table.setDefaultRenderer(Integer.class, issues(table.getDefaultRenderer(Integer.class)));
        JScrollPane scroll = new JScrollPane(table);
        Dimension size = new Dimension(420, table.getTableHeader().getPreferredSize().height
                + VISIBLE_ROWS * table.getRowHeight() + 4);
        scroll.setPreferredSize(size);
        scroll.setMinimumSize(size);

        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(button(actions.add(), ADD_BUTTON));
        bar.add(button(actions.remove(), REMOVE_BUTTON));
        add(bar, BorderLayout.PAGE_START);
        add(scroll, BorderLayout.CENTER);

        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !syncing) {
                steps.select(table.getSelectedRow());
            }
        });
        steps.addPropertyChangeListener(StepLimitsPresenter.Property.SELECTED, e -> showSelection());
        steps.editor().addPropertyChangeListener(ItemEditorPresenter.Property.ISSUES, e -> table.repaint());
    }

    /** The table, to outline and focus as a whole. */
    public JTable table() {
        return table;
    }

    /** Shows the draft's rows (called on every draft change). */
    public void refresh() {
        syncing = true;
        try {
            if (model.refresh()) {
                showSelection();
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Returns the table with the row and cell {@code issue} is about selected, or null when it is not about a row:
     * {@code stepLimits[2].step} (blank or repeated name) or core's {@code stepLimits.审查} (its days).
     */
    public JComponent locate(FieldIssue issue) {
        String field = issue.field();
        if (field == null || !field.startsWith("stepLimits")) {
            return null;
        }
        int row = rowOf(field);
        if (row < 0) {
            return field.equals("stepLimits") ? table : null;
        }
        int column = field.startsWith("stepLimits[") ? StepLimitTableModel.STEP : StepLimitTableModel.DAYS;
        steps.select(row);
        table.changeSelection(row, column, false, false);
        return table;
    }

    private int rowOf(String field) {
        if (field.startsWith("stepLimits[")) {
            int end = field.indexOf(']');
            try {
                return end < 0 ? -1 : Integer.parseInt(field.substring("stepLimits[".length(), end));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return field.startsWith("stepLimits.") ? steps.rowOf(field.substring("stepLimits.".length())) : -1;
    }

    private void showSelection() {
        int row = steps.selected();
        if (row >= 0 && row < table.getRowCount()) {
            if (table.getSelectedRow() != row) {
                table.setRowSelectionInterval(row, row);
            }
            // the tab scrolls as a whole: bring the table up first, then the row within the table
            scrollRectToVisible(new java.awt.Rectangle(0, 0, getWidth(), getHeight()));
            table.scrollRectToVisible(table.getCellRect(row, 0, true));
        } else {
            table.clearSelection();
        }
    }

    /** The issues of one row: its name ({@code stepLimits[i].step}) or, by its step name, its days. */
    private List<FieldIssue> issuesOf(int row) {
        String step = row < model.getRowCount() ? model.row(row).step().strip() : "";
        return steps.editor().issues().stream().filter(i -> i.concerns("stepLimits[" + row + "]")
                || (!step.isEmpty() && i.concerns("stepLimits." + step))).toList();
    }

    private TableCellRenderer issues(TableCellRenderer inner) {
        return (t, value, selected, focused, row, column) -> {
            Component c = inner.getTableCellRendererComponent(t, value, selected, focused, row, column);
            if (c instanceof JComponent jc) {
                List<FieldIssue> found = issuesOf(row);
                if (!found.isEmpty()) {
                    // the wrapped renderers reset their border on every call, so only the error case is set here
                    jc.setBorder(BorderFactory.createLineBorder(Forms.color("Yichuang.error.foreground"), 2));
                }
                jc.setToolTipText(found.isEmpty() ? null : found.stream().map(FieldIssue::message)
                        .collect(Collectors.joining("<br>", "<html>", "</html>")));
            }
            return c;
        };
    }

    private static JButton button(javax.swing.Action action, String name) {
        JButton b = new JButton(action);
        b.setName(name);
        return b;
    }
}
