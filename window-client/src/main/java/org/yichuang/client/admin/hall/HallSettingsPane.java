package org.yichuang.client.admin.hall;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.notice.NoticeKind;

/**
 * The 大厅设置 page: the remedies every refusal names, the 容缺 policies, the 文书编号 pattern with a live preview and
 * each kind's code, and the phones every notice prints. Shows {@link HallSettingsPresenter}'s state and hands every
 * edit to it; a refused save shows the server's message above the form and focuses the field at fault.
 */
public final class HallSettingsPane extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "hall.settings";
    public static final String RECONSIDERATION_FIELD = "hall.settings.reconsiderationBody";
    public static final String COURT_FIELD = "hall.settings.court";
    public static final String POLICY_COMBO = "hall.settings.deferralFailurePolicy";
    public static final String RISKY_CHECK = "hall.settings.riskyItemsMayDefer";
    public static final String PATTERN_FIELD = "hall.settings.documentNumberPattern";
    public static final String ABBREVIATION_FIELD = "hall.settings.documentAbbreviation";
    public static final String CONSULTING_FIELD = "hall.settings.consultingPhone";
    public static final String SUPERVISION_FIELD = "hall.settings.supervisionPhone";
    public static final String CODES_TABLE = "hall.settings.kindCodes";
    public static final String PREVIEW_LABEL = "hall.settings.preview";
    public static final String ERROR_LABEL = "hall.settings.error";
    public static final String NOTICE_LABEL = "hall.settings.notice";
    public static final String SAVE_BUTTON = "hall.settings.save";
    public static final String RELOAD_BUTTON = "hall.settings.reload";

    private final Messages messages;
    private final HallSettingsPresenter presenter;
    private final SaveHallSettingsAction save;
    private final JTextField body = field(RECONSIDERATION_FIELD, 28);
    private final JTextField court = field(COURT_FIELD, 28);
    private final JComboBox<DeferralFailurePolicy> policy = new JComboBox<>(DeferralFailurePolicy.values());
    private final JCheckBox risky = new JCheckBox();
    private final JTextField pattern = field(PATTERN_FIELD, 28);
    private final JTextField abbreviation = field(ABBREVIATION_FIELD, 16);
    private final JTextField consulting = field(CONSULTING_FIELD, 16);
    private final JTextField supervision = field(SUPERVISION_FIELD, 16);
    private final CodesModel codes = new CodesModel();
    /** Made once {@code messages} is set: the table asks the model for its headings at once. */
    private final JTable table;
    private final JLabel preview = new JLabel(" ");
    private final JLabel error = new JLabel(" ");
    private final JLabel notice = new JLabel(" ");
    /** The field of each problem path the server names. */
    private final Map<String, JComponent> byField = new LinkedHashMap<>();
    /** True while the page shows the state: the fields' own change events are not edits then. */
    private boolean rendering;

    /** Builds the page around the presenter and its two commands. */
    public HallSettingsPane(Messages messages, HallSettingsPresenter presenter, SaveHallSettingsAction save,
            ReloadHallSettingsAction reload) {
        super(new BorderLayout(0, 8));
        this.messages = messages;
        this.presenter = presenter;
        this.save = save;
        this.table = new JTable(codes);
        setName(NAME);
        setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
        policy.setName(POLICY_COMBO);
        risky.setName(RISKY_CHECK);
        table.setName(CODES_TABLE);
        preview.setName(PREVIEW_LABEL);
        error.setName(ERROR_LABEL);
        notice.setName(NOTICE_LABEL);
        byField.put("reconsiderationBody", body);
        byField.put("court", court);
        byField.put("deferralFailurePolicy", policy);
        byField.put("documentNumberPattern", pattern);
        byField.put("documentAbbreviation", abbreviation);
        byField.put("consultingPhone", consulting);
        byField.put("supervisionPhone", supervision);

        add(top(save, reload), BorderLayout.PAGE_START);
        JPanel form = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.PAGE_START;
        c.insets = new Insets(0, 0, 8, 0);
        form.add(remedies(), c);
        c.gridy++;
        form.add(deferral(), c);
        c.gridy++;
        form.add(numbering(), c);
        c.gridy++;
        form.add(phones(), c);
        c.gridy++;
        c.weighty = 1;
        form.add(new JPanel(), c);
        JPanel columns = new JPanel(new GridLayout(1, 2, 16, 0));
        columns.add(form);
        columns.add(codesBox());
        add(columns, BorderLayout.CENTER);
        save.setBeforeSave(() -> {
            if (table.isEditing()) {
                table.getCellEditor().stopCellEditing();
            }
        });
        wire();
        presenter.addPropertyChangeListener(HallSettingsPresenter.Property.STATE, e -> render());
        render();
    }

    private static JTextField field(String name, int columns) {
        JTextField f = new JTextField(columns);
        f.setName(name);
        return f;
    }

    private JPanel top(SaveHallSettingsAction save, ReloadHallSettingsAction reload) {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        JButton saveButton = new JButton(save);
        saveButton.setName(SAVE_BUTTON);
        JButton reloadButton = new JButton(reload);
        reloadButton.setName(RELOAD_BUTTON);
        bar.add(saveButton);
        bar.add(reloadButton);
        Forms.styled(notice, "small");
        bar.add(notice);
        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.add(bar, BorderLayout.PAGE_START);
        Forms.showError(error, null);
        top.add(error, BorderLayout.PAGE_END);
        return top;
    }

    private JPanel section(String key) {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createTitledBorder(messages.text(key)),
                BorderFactory.createEmptyBorder(0, 8, 4, 8)));
        return p;
    }

    private static void row(JPanel p, int row, JLabel label, JComponent field) {
        GridBagConstraints l = Forms.labelAt(row);
        l.insets = new Insets(3, 0, 3, 12);
        p.add(label, l);
        GridBagConstraints f = Forms.fieldAt(row);
        f.insets = new Insets(3, 0, 3, 0);
        p.add(field, f);
    }

    private JPanel remedies() {
        JPanel p = section("hall.settings.section.remedies");
        row(p, 0, Forms.label(messages.text("hall.settings.reconsiderationBody"), body), body);
        row(p, 1, Forms.label(messages.text("hall.settings.court"), court), court);
        return p;
    }

    private JPanel deferral() {
        JPanel p = section("hall.settings.section.deferral");
        policy.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                String text = value instanceof DeferralFailurePolicy d
                        ? messages.text("hall.settings.policy." + d.name()) : "";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        row(p, 0, Forms.label(messages.text("hall.settings.deferralFailurePolicy"), policy), policy);
        String riskyText = messages.text("hall.settings.riskyItemsMayDefer");
        int amp = riskyText.indexOf('&');
        risky.setText(amp < 0 ? riskyText : riskyText.substring(0, amp) + riskyText.substring(amp + 1));
        if (amp >= 0) {
            risky.setMnemonic(Character.toUpperCase(riskyText.charAt(amp + 1)));
            risky.setDisplayedMnemonicIndex(amp);
        }
        GridBagConstraints f = Forms.fieldAt(1);
        f.insets = new Insets(3, 0, 3, 0);
        p.add(risky, f);
        return p;
    }

    private JPanel numbering() {
        JPanel p = section("hall.settings.section.numbering");
        row(p, 0, Forms.label(messages.text("hall.settings.documentNumberPattern"), pattern), pattern);
        row(p, 1, Forms.label(messages.text("hall.settings.documentAbbreviation"), abbreviation), abbreviation);
        GridBagConstraints f = Forms.fieldAt(2);
        f.insets = new Insets(3, 0, 3, 0);
        p.add(preview, f);
        JLabel hint = new JLabel(messages.text("hall.settings.pattern.hint"));
        Forms.styled(hint, "small");
        p.add(hint, Forms.hintAt(3));
        return p;
    }

    private JPanel phones() {
        JPanel p = section("hall.settings.section.phones");
        row(p, 0, Forms.label(messages.text("hall.settings.consultingPhone"), consulting), consulting);
        row(p, 1, Forms.label(messages.text("hall.settings.supervisionPhone"), supervision), supervision);
        JLabel hint = new JLabel(messages.text("hall.settings.phone.hint"));
        Forms.styled(hint, "small");
        p.add(hint, Forms.hintAt(2));
        return p;
    }

    private JPanel codesBox() {
        JPanel box = new JPanel(new BorderLayout(0, 4));
        box.setBorder(BorderFactory.createTitledBorder(messages.text("hall.settings.section.codes")));
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(220);
        table.getColumnModel().getColumn(1).setPreferredWidth(100);
        table.getColumnModel().getColumn(1).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                    int row, int column) {
                super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                boolean wrong = presenter.state().wrong("kindCodes." + NoticeKind.values()[row].name());
                setIcon(wrong ? Forms.errorIcon() : null);
                return this;
            }
        });
        JLabel label = Forms.label(messages.text("hall.settings.codes.label"), table);
        JLabel hint = new JLabel(messages.text("hall.settings.codes.hint"));
        Forms.styled(hint, "small");
        box.add(label, BorderLayout.PAGE_START);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(340, 200));
        box.add(scroll, BorderLayout.CENTER);
        box.add(hint, BorderLayout.PAGE_END);
        return box;
    }

    private void wire() {
        text(body, presenter::setReconsiderationBody);
        text(court, presenter::setCourt);
        text(pattern, presenter::setDocumentNumberPattern);
        text(abbreviation, presenter::setDocumentAbbreviation);
        text(consulting, presenter::setConsultingPhone);
        text(supervision, presenter::setSupervisionPhone);
        policy.addActionListener(e -> {
            if (!rendering && policy.getSelectedItem() instanceof DeferralFailurePolicy d) {
                presenter.setDeferralFailurePolicy(d);
            }
        });
        risky.addActionListener(e -> {
            if (!rendering) {
                presenter.setRiskyItemsMayDefer(risky.isSelected());
            }
        });
    }

    private void text(JTextField f, java.util.function.Consumer<String> edit) {
        Forms.onTextChange(f, t -> {
            if (!rendering) {
                edit.accept(t.isEmpty() ? null : t);
            }
        });
    }

    /** Saves as the 保存 button does (Ctrl+S from the panel). */
    public void save() {
        if (save.isEnabled()) {
            save.actionPerformed(null);
        }
    }

    private void render() {
        HallSettingsState s = presenter.state();
        HallDocumentSettings d = s.draft();
        rendering = true;
        try {
            boolean editable = d != null && !s.busy();
            for (JComponent f : new JComponent[] {body, court, policy, risky, pattern, abbreviation, consulting,
                supervision, table}) {
                f.setEnabled(editable);
            }
            if (d != null) {
                Forms.setTextIfDifferent(body, d.reconsiderationBody());
                Forms.setTextIfDifferent(court, d.court());
                Forms.setTextIfDifferent(pattern, d.documentNumberPattern());
                Forms.setTextIfDifferent(abbreviation, d.documentAbbreviation());
                Forms.setTextIfDifferent(consulting, d.consultingPhone());
                Forms.setTextIfDifferent(supervision, d.supervisionPhone());
                if (policy.getSelectedItem() != d.deferralFailurePolicy()) {
                    policy.setSelectedItem(d.deferralFailurePolicy());
                }
                risky.setSelected(d.riskyItemsMayDefer());
                if (!table.isEditing()) {
                    codes.fireTableRowsUpdated(0, codes.getRowCount() - 1);
                }
            }
        } finally {
            rendering = false;
        }
        byField.forEach((field, component) -> Forms.outlineError(component, s.wrong(field)));
        HallSettingsPresenter.Preview p = presenter.preview();
        if (p.error() != null) {
            Forms.showError(preview, p.error());
        } else {
            preview.setIcon(null);
            preview.setForeground(javax.swing.UIManager.getColor("Label.foreground"));
            preview.setText(p.number() == null ? " " : messages.text("hall.settings.preview", p.number()));
        }
        Forms.showError(error, s.error());
        notice.setText(s.notice() != null ? s.notice() : s.dirty() ? messages.text("hall.settings.unsaved") : " ");
        if (s.focus() != null) {
            String field = s.focus();
            SwingUtilities.invokeLater(() -> focus(field));
        }
    }

    private void focus(String field) {
        presenter.focused();
        if (field.startsWith("kindCodes.")) {
            String kind = field.substring("kindCodes.".length());
            for (int row = 0; row < NoticeKind.values().length; row++) {
                if (NoticeKind.values()[row].name().equals(kind)) {
                    table.changeSelection(row, 1, false, false);
                    table.requestFocusInWindow();
                    table.editCellAt(row, 1);
                    if (table.getEditorComponent() != null) {
                        table.getEditorComponent().requestFocusInWindow();
                    }
                }
            }
            return;
        }
        JComponent target = byField.get(field);
        if (target != null) {
            target.requestFocusInWindow();
            if (target instanceof JTextField t) {
                t.selectAll();
            }
        }
    }

    /** The kinds and their codes: the code column is edited in place. */
    private final class CodesModel extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return NoticeKind.values().length;
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int column) {
            return messages.text(column == 0 ? "hall.settings.codes.kind" : "hall.settings.codes.code");
        }

        @Override
        public Object getValueAt(int row, int column) {
            NoticeKind kind = NoticeKind.values()[row];
            if (column == 0) {
                return kind.title();
            }
            HallDocumentSettings d = presenter.state().draft();
            return d == null ? "" : d.kindCodes().getOrDefault(kind, "");
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 1 && presenter.state().draft() != null && !presenter.state().busy();
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            presenter.setKindCode(NoticeKind.values()[row], value == null ? "" : value.toString());
        }
    }
}
