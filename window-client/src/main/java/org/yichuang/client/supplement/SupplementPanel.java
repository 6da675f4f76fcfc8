package org.yichuang.client.supplement;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.function.IntConsumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.intake.MaterialChannel;

/**
 * The 补正/补齐 screen (issue 10 item 6): the case number field (a barcode scanner types the number and Enter), the
 * case line, the outstanding materials with what was brought, and 登记补交. Widgets and key bindings only; the state is
 * the {@link SupplementPresenter}'s. Keys: Enter find · Space brought · C channel · V original verified · F2 counts ·
 * Ctrl+A all brought · F6 table · F9 submit · F12 clear (docs/intake-keys.md).
 */
public final class SupplementPanel extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "supplement.panel";
    public static final String CASE_FIELD = "supplement.caseNo";
    public static final String CASE_LABEL = "supplement.case";
    public static final String MESSAGE_LABEL = "supplement.message";
    public static final String TABLE = "supplement.table";
    public static final String SUBMIT_BUTTON = "supplement.submit";

    private final Messages messages;
    private final SupplementPresenter presenter;
    private final SupplementTableModel model;
    private final JTable table;
    private final JTextField caseNo = new JTextField(32);
    private final JLabel caseLine = new JLabel(" ");
    private final JLabel message = new JLabel(" ");

    /** Builds the panel bound to {@code presenter}. */
    public SupplementPanel(Messages messages, SupplementPresenter presenter, LoadSupplementCaseAction load,
            SubmitSupplementAction submit, ClearSupplementAction clear) {
        super(new BorderLayout(0, 8));
        this.messages = messages;
        this.presenter = presenter;
        setName(NAME);
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 16));
        model = new SupplementTableModel(messages, presenter);
        table = new JTable(model);
        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 30));
        table.setSurrendersFocusOnKeystroke(true);
        table.putClientProperty("terminateEditOnFocusLost", true);
        table.getTableHeader().setReorderingAllowed(false);
        table.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        table.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        table.setDefaultRenderer(MaterialChannel.class, new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(value instanceof MaterialChannel c ? c.label() : "");
            }
        });
        JTextField number = new JTextField();
        number.setHorizontalAlignment(JTextField.TRAILING);
        table.setDefaultEditor(Integer.class, new DefaultCellEditor(number) {
            @Override
            public Object getCellEditorValue() {
                try {
                    return Integer.valueOf(((String) super.getCellEditorValue()).strip());
                } catch (NumberFormatException e) {
                    return null;   // not a number: the line keeps its count
                }
            }
        });
        int[] widths = {420, 56, 80, 72, 56, 64, 56};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        bindRowKey(KeyEvent.VK_SPACE, "toggleBrought", presenter::toggleBrought);
        bindRowKey(KeyEvent.VK_C, "cycleChannel", presenter::cycleChannel);
        bindRowKey(KeyEvent.VK_V, "toggleVerified", presenter::toggleOriginalVerified);
        for (char c : new char[] {' ', 'c', 'C', 'v', 'V'}) {
            table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(c), "commandLetter");
        }
        table.getActionMap().put("commandLetter", run(() -> { }));
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(
                KeyStroke.getKeyStroke(KeyEvent.VK_A, KeyEvent.CTRL_DOWN_MASK), "bringAll");
        table.getActionMap().put("bringAll", run(presenter::bringAll));
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0),
                "editCell");
        table.getActionMap().put("editCell", run(this::editCell));

        caseNo.setName(CASE_FIELD);
        Forms.styled(caseNo, "monospaced");
        caseNo.setAction(load);   // Enter: what a scanner sends after the number
        JLabel fieldLabel = new JLabel(messages.text("supplement.field.caseNo"));
        fieldLabel.setLabelFor(caseNo);
        JButton find = new JButton(load);
        JPanel lookup = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 0));
        lookup.add(fieldLabel);
        lookup.add(caseNo);
        lookup.add(find);

        JLabel title = Forms.styled(new JLabel(messages.text("supplement.title")), "h3");
        JLabel keys = Forms.styled(new JLabel(messages.text("supplement.keys")), "small");
        keys.setForeground(Forms.color("Yichuang.muted.foreground"));
        JPanel heading = new JPanel(new BorderLayout(16, 0));
        heading.add(title, BorderLayout.LINE_START);
        heading.add(keys, BorderLayout.LINE_END);

        caseLine.setName(CASE_LABEL);
        Forms.styled(caseLine, "semibold");
        message.setName(MESSAGE_LABEL);
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.PAGE_AXIS));
        for (JComponent c : new JComponent[] {heading, lookup, caseLine, message}) {
            c.setAlignmentX(Component.LEFT_ALIGNMENT);
            top.add(c);
        }
        JButton submitButton = new JButton(submit);
        submitButton.setName(SUBMIT_BUTTON);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(new JButton(clear));
        buttons.add(submitButton);
        add(top, BorderLayout.PAGE_START);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(buttons, BorderLayout.PAGE_END);

        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0), "focusTable", run(this::focusTable));
        bindAction(submit, "submitSupplement");
        bindAction(clear, "clearSupplement");

        presenter.addPropertyChangeListener(SupplementPresenter.Property.LINES, e -> showLines());
        presenter.addPropertyChangeListener(SupplementPresenter.Property.MESSAGE, e -> showMessage());
        presenter.addPropertyChangeListener(SupplementPresenter.Property.CASE, e -> showCase(e.getOldValue()));
        presenter.addPropertyChangeListener(SupplementPresenter.Property.BUSY, e -> {
            boolean busy = presenter.busy();
            submit.setEnabled(!busy);
            load.setEnabled(!busy);
        });
    }

    /** Puts the keyboard in the case number field, ready for a scan (shift F8, and after each case). */
    public void focusCaseNumber() {
        caseNo.selectAll();
        caseNo.requestFocusInWindow();
    }

    /** Returns what the field holds (the load action reads it). */
    public String typedCaseNumber() {
        return caseNo.getText();
    }

    private void showCase(Object before) {
        SupplementPresenter.Found f = presenter.found();
        if (f == null) {
            caseLine.setText(" ");
            if (before != null && presenter.message() == null) {
                caseNo.setText("");
            }
            return;
        }
        caseNo.setText(f.caseNo());
        caseLine.setText(messages.text("supplement.case.line", f.caseNo(), f.itemName(), f.applicant(),
                f.state().label()));
    }

    private void showLines() {
        int selected = table.getSelectedRow();
        model.setRows(presenter.lines());
        if (model.getRowCount() > 0) {
            int row = Math.max(0, Math.min(selected, model.getRowCount() - 1));
            table.setRowSelectionInterval(row, row);
            if (!table.isFocusOwner() && (selected < 0)) {
                SwingUtilities.invokeLater(this::focusTable);
            }
        } else if (presenter.found() != null || presenter.message() != null) {
            // nothing (left) to tick: back to the field for the next scan
            SwingUtilities.invokeLater(this::focusCaseNumber);
        }
    }

    private void showMessage() {
        String text = presenter.message();
        message.setText(text == null ? " " : text);
        if (presenter.found() == null && text != null) {
            SwingUtilities.invokeLater(this::focusCaseNumber);
        }
    }

    private void focusTable() {
        if (table.getRowCount() == 0) {
            focusCaseNumber();
            return;
        }
        if (table.getSelectedRow() < 0) {
            table.setRowSelectionInterval(0, 0);
        }
        table.requestFocusInWindow();
    }

    private void editCell() {
        int row = table.getSelectedRow();
        if (row < 0 || table.isEditing()) {
            return;
        }
        int column = table.getColumnModel().getSelectionModel().getLeadSelectionIndex();
        if (!table.isCellEditable(row, column)) {
            column = SupplementTableModel.COPIES;
        }
        table.changeSelection(row, column, false, false);
        if (table.editCellAt(row, column) && table.getEditorComponent() != null) {
            table.getEditorComponent().requestFocusInWindow();
        }
    }

    private void bindRowKey(int key, String name, IntConsumer command) {
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key, 0), name);
        table.getActionMap().put(name, run(() -> {
            int row = table.getSelectedRow();
            if (row >= 0 && !table.isEditing()) {
                command.accept(row);
            }
        }));
    }

    private void bindAction(Action action, String key) {
        KeyStroke stroke = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        if (stroke != null) {
            bindKey(stroke, key, action);
        }
    }

    private void bindKey(KeyStroke stroke, String key, Action action) {
        // the panel's own keys win while the keyboard is in it; the intake screen's same keys act only there
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(stroke, key);
        getActionMap().put(key, action);
    }

    private static Action run(Runnable r) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
    }
}
