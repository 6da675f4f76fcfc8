package org.yichuang.client.intake.materials;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.function.IntConsumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.intake.MaterialChannel;

/**
 * The materials checklist (材料清单) widget: one row per material of the item version. Keyboard: ↑/↓ choose the
 * material, Space 收取/未收, A 情形适用, C 收取方式, V 原件已核验, digits edit the counts, typing in 问题说明 marks it
 * 不符合要求; Ctrl+A receives every applicable material; Tab leaves the table.
 */
public final class ChecklistPane extends JPanel {
    /** Component names for tests. */
    public static final String TABLE = "intake.materials";
    public static final String SUMMARY_LABEL = "intake.materials.summary";

    private final Messages messages;
    private final ChecklistPresenter presenter;
    private final ChecklistTableModel model;
    private final JTable table;
    private final JLabel summary = new JLabel(" ");

    /** Builds the pane bound to {@code presenter}. */
    public ChecklistPane(Messages messages, ChecklistPresenter presenter) {
        super(new BorderLayout(0, 6));
        this.messages = messages;
        this.presenter = presenter;
        this.model = new ChecklistTableModel(messages, presenter);
        this.table = new JTable(model);
        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 30));
        table.setSurrendersFocusOnKeystroke(true);
        table.putClientProperty("terminateEditOnFocusLost", true);
        table.getTableHeader().setReorderingAllowed(false);
        // Tab leaves the checklist for the outcome: the whole screen works without a mouse
        table.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        table.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        JComboBox<MaterialChannel> channels = new JComboBox<>(MaterialChannel.values());
        channels.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof MaterialChannel c ? c.label() : value,
                        index, selected, focus);
            }
        });
        table.setDefaultEditor(MaterialChannel.class, new DefaultCellEditor(channels));
        table.setDefaultRenderer(MaterialChannel.class, new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(value instanceof MaterialChannel c ? c.label() : "");
            }
        });
        table.getColumnModel().getColumn(ChecklistTableModel.NAME).setCellRenderer(new MaterialNameRenderer(
                messages, model));
        int[] widths = {360, 48, 48, 78, 70, 48, 56, 48, 160};
        for (int i = 0; i < widths.length; i++) {
            TableColumn c = table.getColumnModel().getColumn(i);
            c.setPreferredWidth(widths[i]);
            if (i > 0 && i < ChecklistTableModel.PROBLEM) {
                c.setMinWidth(widths[i]);
            }
        }
        bindRowKey(KeyEvent.VK_SPACE, 0, "toggleReceived", presenter::toggleReceived);
        bindRowKey(KeyEvent.VK_A, 0, "toggleApplies", presenter::toggleApplies);
        bindRowKey(KeyEvent.VK_C, 0, "cycleChannel", presenter::cycleChannel);
        bindRowKey(KeyEvent.VK_V, 0, "toggleVerified", presenter::toggleOriginalVerified);
        // the letters above are commands, not the start of an edit: their typed keys must not open a cell editor
        for (char c : new char[] {' ', 'a', 'A', 'c', 'C', 'v', 'V'}) {
            table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(c), "commandLetter");
        }
        table.getActionMap().put("commandLetter", action(() -> { }));
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(
                KeyStroke.getKeyStroke(KeyEvent.VK_A, KeyEvent.CTRL_DOWN_MASK), "receiveAll");
        // F2 edits the cell under the cursor (← →), or 问题说明 while the cursor is on the material's name
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0),
                "editCell");
        table.getActionMap().put("editCell", action(this::editCell));
        table.getActionMap().put("receiveAll", action(presenter::receiveAll));

        JLabel title = Forms.styled(new JLabel(messages.text("intake.materials.title")), "h3");
        summary.setName(SUMMARY_LABEL);
        Forms.styled(summary, "small");
        summary.setForeground(Forms.color("Yichuang.muted.foreground"));
        JPanel heading = new JPanel(new BorderLayout(12, 0));
        heading.add(title, BorderLayout.LINE_START);
        heading.add(summary, BorderLayout.CENTER);
        JLabel keys = Forms.styled(new JLabel(messages.text("intake.materials.keys")), "small");
        keys.setForeground(Forms.color("Yichuang.muted.foreground"));
        add(heading, BorderLayout.PAGE_START);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(keys, BorderLayout.PAGE_END);
        setBorder(BorderFactory.createEmptyBorder(8, 16, 8, 10));

        presenter.addPropertyChangeListener(ChecklistPresenter.Property.LINES, e -> showLines());
        showLines();
    }

    private void bindRowKey(int key, int modifiers, String name, IntConsumer command) {
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key, modifiers), name);
        table.getActionMap().put(name, action(() -> {
            int row = table.getSelectedRow();
            if (row >= 0 && !table.isEditing()) {
                command.accept(row);
            }
        }));
    }

    private void editCell() {
        int row = table.getSelectedRow();
        if (row < 0 || table.isEditing()) {
            return;
        }
        int column = table.getColumnModel().getSelectionModel().getLeadSelectionIndex();
        if (column <= ChecklistTableModel.NAME || !table.isCellEditable(row, column)) {
            column = ChecklistTableModel.PROBLEM;
        }
        table.changeSelection(row, column, false, false);
        if (table.editCellAt(row, column) && table.getEditorComponent() != null) {
            table.getEditorComponent().requestFocusInWindow();
        }
    }

    private void showLines() {
        int selected = table.getSelectedRow();
        model.setRows(presenter.lines());
        if (model.getRowCount() > 0) {
            int row = Math.max(0, Math.min(selected, model.getRowCount() - 1));
            table.setRowSelectionInterval(row, row);
        }
        long in = presenter.lines().stream().filter(l -> l.check().status()
                == org.yichuang.core.intake.MaterialStatus.RECEIVED).count();
        long out = presenter.lines().stream().filter(l -> l.check().outstanding()).count();
        summary.setText(presenter.lines().isEmpty() ? " "
                : messages.text("intake.materials.summary", presenter.lines().size(), in, out));
    }

    /** Puts the keyboard on the checklist (F6), on the first row when none is chosen. */
    public void focusTable() {
        if (table.getSelectedRow() < 0 && table.getRowCount() > 0) {
            table.setRowSelectionInterval(0, 0);
        }
        table.requestFocusInWindow();
    }

    /** Puts the keyboard on a material the server named (the row, its problem cell when it is wrong). */
    public void focusMaterial(String name) {
        int row = presenter.rowOf(name);
        if (row < 0) {
            focusTable();
            return;
        }
        table.setRowSelectionInterval(row, row);
        table.scrollRectToVisible(table.getCellRect(row, 0, true));
        table.requestFocusInWindow();
    }

    /** Returns the table (for the panel's key bindings). */
    public JComponent table() {
        return table;
    }

    private static AbstractAction action(Runnable r) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
    }
}
