package org.yichuang.client.identity.settings;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;

/**
 * 读卡器设置: reader kind, serial port (with 自动检测) or PC/SC terminal, 放卡即读 and what to do with an expired
 * card, for this counter. Keyboard only: every control has a mnemonic, Enter saves, Esc closes.
 */
public final class ReaderSettingsDialog extends JDialog {
    /** Component names for tests. */
    public static final String NAME = "readerSettings.dialog";
    public static final String KIND_COMBO = "readerSettings.kind";
    public static final String PORT_COMBO = "readerSettings.port";
    public static final String DETECT_BUTTON = "readerSettings.detect";
    public static final String TERMINAL_COMBO = "readerSettings.terminal";
    public static final String READ_ON_INSERT_CHECK = "readerSettings.readOnInsert";
    public static final String EXPIRED_COMBO = "readerSettings.expired";
    public static final String STATUS_LABEL = "readerSettings.status";
    public static final String TEST_BUTTON = "readerSettings.test";
    public static final String SAVE_BUTTON = "readerSettings.save";
    public static final String CANCEL_BUTTON = "readerSettings.cancel";

    private final ReaderSettingsPresenter presenter;
    private final JComboBox<ReaderKind> kind = new JComboBox<>(ReaderKind.values());
    private final JComboBox<String> port = new JComboBox<>();
    private final JButton detect = new JButton();
    private final JComboBox<String> terminal = new JComboBox<>();
    private final JCheckBox readOnInsert = new JCheckBox();
    private final JComboBox<ExpiredCardPolicy> expired = new JComboBox<>(ExpiredCardPolicy.values());
    private final JLabel status = new JLabel(" ");
    private final JButton test = new JButton();
    private final JButton save = new JButton();
    private final JButton cancel = new JButton();
    private boolean syncing;

    /** Builds the dialog over {@code owner}, bound to {@code presenter}. */
    public ReaderSettingsDialog(Window owner, Messages messages, ReaderSettingsPresenter presenter) {
        super(owner, messages.text("readerSettings.title", presenter.counterNo()), ModalityType.APPLICATION_MODAL);
        detect.setText(messages.text("readerSettings.detect"));
        readOnInsert.setText(messages.text("readerSettings.readOnInsert"));
        test.setText(messages.text("readerSettings.test"));
        save.setText(messages.text("readerSettings.save"));
        cancel.setText(messages.text("readerSettings.cancel"));
        this.presenter = presenter;
        setName(NAME);
        kind.setName(KIND_COMBO);
        port.setName(PORT_COMBO);
        port.setEditable(true);   // ptys and unlisted adapters are typed in by path
        detect.setName(DETECT_BUTTON);
        terminal.setName(TERMINAL_COMBO);
        terminal.setEditable(true);
        readOnInsert.setName(READ_ON_INSERT_CHECK);
        expired.setName(EXPIRED_COMBO);
        status.setName(STATUS_LABEL);
        test.setName(TEST_BUTTON);
        save.setName(SAVE_BUTTON);
        cancel.setName(CANCEL_BUTTON);
        detect.setMnemonic(KeyEvent.VK_D);
        test.setMnemonic(KeyEvent.VK_T);
        readOnInsert.setMnemonic(KeyEvent.VK_I);

        JPanel form = new JPanel(new java.awt.GridBagLayout());
        int row = 0;
        form.add(mnemonic(Forms.label(messages.text("readerSettings.kind"), kind), KeyEvent.VK_K), Forms.labelAt(row));
        form.add(kind, Forms.fieldAt(row++));
        form.add(mnemonic(Forms.label(messages.text("readerSettings.port"), port), KeyEvent.VK_P), Forms.labelAt(row));
        JPanel portRow = new JPanel(new BorderLayout(8, 0));
        portRow.add(port, BorderLayout.CENTER);
        portRow.add(detect, BorderLayout.LINE_END);
        form.add(portRow, Forms.fieldAt(row++));
        form.add(mnemonic(Forms.label(messages.text("readerSettings.terminal"), terminal), KeyEvent.VK_R), Forms.labelAt(row));
        form.add(terminal, Forms.fieldAt(row++));
        form.add(readOnInsert, Forms.fieldAt(row++));
        form.add(mnemonic(Forms.label(messages.text("readerSettings.expired"), expired), KeyEvent.VK_E), Forms.labelAt(row));
        form.add(expired, Forms.fieldAt(row++));
        Forms.styled(status, "small");
        status.setForeground(Forms.color("Yichuang.muted.foreground"));
        form.add(status, Forms.hintAt(row++));

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(test);
        buttons.add(save);
        buttons.add(cancel);
        JPanel content = new JPanel(new BorderLayout(0, 12));
        content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
        content.add(form, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.PAGE_END);
        setContentPane(content);
        getRootPane().setDefaultButton(save);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        bind();
        pack();
        setMinimumSize(new java.awt.Dimension(Math.max(getWidth(), 560), getHeight()));
        setLocationRelativeTo(owner);
    }

    private static JLabel mnemonic(JLabel label, int key) {
        label.setDisplayedMnemonic(key);
        return label;
    }

    private void bind() {
        kind.addActionListener(e -> edit());
        port.addActionListener(e -> edit());
        ((JTextComponent) port.getEditor().getEditorComponent()).getDocument()
                .addDocumentListener(new Edits());
        terminal.addActionListener(e -> edit());
        readOnInsert.addActionListener(e -> edit());
        expired.addActionListener(e -> edit());
        detect.addActionListener(e -> presenter.detect());
        test.addActionListener(e -> presenter.testRead());
        save.addActionListener(e -> {
            edit();
            presenter.save();
            dispose();
        });
        cancel.addActionListener(e -> dispose());
        presenter.addPropertyChangeListener(e -> showState());
        showState();
    }

    /** Typing a port name edits the settings at once: 测试读卡 then uses what is typed. */
    private final class Edits implements javax.swing.event.DocumentListener {
        @Override
        public void insertUpdate(javax.swing.event.DocumentEvent e) {
            edit();
        }

        @Override
        public void removeUpdate(javax.swing.event.DocumentEvent e) {
            edit();
        }

        @Override
        public void changedUpdate(javax.swing.event.DocumentEvent e) {
            edit();
        }
    }

    private void edit() {
        if (syncing) {
            return;
        }
        String typedPort = ((JTextComponent) port.getEditor().getEditorComponent()).getText();
        Object chosenTerminal = terminal.getEditor().getItem();
        ReaderSettings s = presenter.settings().withKind((ReaderKind) kind.getSelectedItem())
                .withSerialPort(typedPort).withTerminal(chosenTerminal == null ? null : chosenTerminal.toString())
                .withReadOnInsert(readOnInsert.isSelected())
                .withExpiredPolicy((ExpiredCardPolicy) expired.getSelectedItem());
        syncing = true;
        try {
            presenter.edit(s);
        } finally {
            syncing = false;
        }
        enable(s.kind());
    }

    private void showState() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            ReaderSettings s = presenter.settings();
            kind.setSelectedItem(s.kind());
            fill(port, presenter.ports(), s.serialPort());
            fill(terminal, presenter.terminals(), s.terminal());
            readOnInsert.setSelected(s.readOnInsert());
            expired.setSelectedItem(s.expiredPolicy());
            status.setText(presenter.status().isEmpty() ? " " : presenter.status());
            status.setToolTipText(presenter.status().isEmpty() ? null : presenter.status());
            enable(s.kind());
        } finally {
            syncing = false;
        }
    }

    private void enable(ReaderKind k) {
        boolean idle = !presenter.isBusy();
        port.setEnabled(k == ReaderKind.SAM_SERIAL);
        detect.setEnabled(idle);
        terminal.setEnabled(k == ReaderKind.PCSC);
        readOnInsert.setEnabled(k != ReaderKind.NONE);
        test.setEnabled(idle && k != ReaderKind.NONE);
    }

    private static void fill(JComboBox<String> combo, List<String> items, String chosen) {
        DefaultComboBoxModel<String> model = new DefaultComboBoxModel<>();
        items.forEach(model::addElement);
        if (chosen != null && model.getIndexOf(chosen) < 0) {
            model.insertElementAt(chosen, 0);
        }
        combo.setModel(model);
        combo.setSelectedItem(chosen);
        if (chosen == null) {
            combo.getEditor().setItem("");
        }
    }
}
