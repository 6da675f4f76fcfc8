package org.yichuang.client.intake.applicant;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.person.ApplicantKind;

/**
 * The applicant form's rows for the kind (申请人类型, Alt+K), the organisation's 法定代表人 / 负责人 (Alt+L; their own
 * identity document beside the name: 证件 Alt+O, 号码 Alt+H, checked by the natural person's core rule) and the
 * optional agent (代理人: Alt+A name, Alt+P phone, Alt+E document type, Alt+M number), added to the
 * {@link org.yichuang.client.intake.IntakePanel}'s grid. While the kind is an organisation the natural person's
 * 证件类型 hides, 姓名 becomes 单位名称 and 证件号码 becomes 统一社会信用代码.
 */
public final class ApplicantPartyPane {
    /** Component names for tests. */
    public static final String KIND_COMBO = "intake.kind";
    public static final String REPRESENTATIVE_FIELD = "intake.representative";
    public static final String REPRESENTATIVE_ERROR_LABEL = "intake.representative.error";
    public static final String REPRESENTATIVE_TYPE_COMBO = "intake.representative.documentType";
    public static final String REPRESENTATIVE_NUMBER_FIELD = "intake.representative.number";
    public static final String AGENT_NAME_FIELD = "intake.agent.name";
    public static final String AGENT_TYPE_COMBO = "intake.agent.documentType";
    public static final String AGENT_NUMBER_FIELD = "intake.agent.number";
    public static final String AGENT_PHONE_FIELD = "intake.agent.phone";
    public static final String AGENT_MESSAGE_LABEL = "intake.agent.message";

    private final Messages messages;
    private final ApplicantPartyPresenter presenter;
    private final JComboBox<ApplicantKind> kind = new JComboBox<>(ApplicantKind.values());
    private final JTextField representative = new JTextField(5);
    private final JLabel representativeLabel = new JLabel();
    private final JLabel representativeError = hint();
    private final JComboBox<DocumentType> representativeType = new JComboBox<>(DocumentType.values());
    private final JTextField representativeNumber = new JTextField(14);
    private final JPanel representativeRow = new JPanel(new BorderLayout(8, 0));
    private final JTextField agentName = new JTextField(10);
    private final JComboBox<DocumentType> agentType = new JComboBox<>(DocumentType.values());
    private final JTextField agentNumber = new JTextField(14);
    private final JTextField agentPhone = new JTextField(10);
    private final JLabel agentMessage = hint();
    private JLabel nameLabel;
    private JLabel numberLabel;
    private JComponent[] naturalOnly = new JComponent[0];

    /** Builds the widgets bound to {@code presenter}. */
    public ApplicantPartyPane(Messages messages, ApplicantPartyPresenter presenter) {
        this.messages = messages;
        this.presenter = presenter;
        kind.setName(KIND_COMBO);
        representative.setName(REPRESENTATIVE_FIELD);
        representativeError.setName(REPRESENTATIVE_ERROR_LABEL);
        representativeType.setName(REPRESENTATIVE_TYPE_COMBO);
        representativeNumber.setName(REPRESENTATIVE_NUMBER_FIELD);
        Forms.styled(representativeNumber, "monospaced");
        representativeNumber.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                messages.text("intake.representative.numberPlaceholder"));
        agentName.setName(AGENT_NAME_FIELD);
        agentType.setName(AGENT_TYPE_COMBO);
        agentNumber.setName(AGENT_NUMBER_FIELD);
        agentPhone.setName(AGENT_PHONE_FIELD);
        agentMessage.setName(AGENT_MESSAGE_LABEL);
        Forms.styled(agentNumber, "monospaced");
        Forms.styled(representativeError, "small");
        Forms.styled(agentMessage, "small");
        agentName.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("intake.agent.placeholder"));
        kind.setRenderer(labels(v -> ((ApplicantKind) v).label()));
        agentType.setRenderer(labels(v -> ((DocumentType) v).label()));
        // closed: the short name everyone uses (the row has no room for 港澳居民来往内地通行证); open: the full names
        representativeType.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                String text = value == null ? null : index < 0
                        ? messages.text("intake.representative.short." + ((DocumentType) value).name())
                        : ((DocumentType) value).label();
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        bind();
    }

    /** Returns 申请人类型 beside the natural person's 证件类型 (one row: a row less for the form to scroll at 1366×768). */
    public JComponent kindRow(JLabel documentTypeLabel, JComponent documentType) {
        JPanel row = new JPanel(new BorderLayout(12, 0));
        row.add(kind, BorderLayout.LINE_START);
        JPanel type = new JPanel(new BorderLayout(8, 0));
        type.add(documentTypeLabel, BorderLayout.LINE_START);
        type.add(documentType, BorderLayout.CENTER);
        row.add(type, BorderLayout.CENTER);
        naturalOnly = new JComponent[] {documentTypeLabel, documentType};
        return row;
    }

    /** Returns the label of the kind row (Alt+K). */
    public JLabel kindLabel() {
        return Forms.label(messages.text("intake.kind"), kind);
    }

    /** Relabels 姓名 and 证件号码 by the kind (单位名称, 统一社会信用代码). */
    public void relabels(JLabel name, JLabel number) {
        this.nameLabel = name;
        this.numberLabel = number;
        showKind();
    }

    /**
     * Adds the 法定代表人 / 负责人 rows at {@code row}: the name, their own 证件 (short names while closed: 身份证, 回乡证,
     * …) and 号码 on one line, keeping the organisation's form short (it scrolls at 1366×768 with an error line;
     * every row it adds is more to scroll); Alt+O and Alt+H reach the two, named by tooltips and the placeholder as there is no
     * room for labels. Returns the next free row.
     */
    public int addRepresentative(JPanel form, int row) {
        representativeLabel.setLabelFor(representative);
        form.add(representativeLabel, Forms.labelAt(row));
        JPanel document = new JPanel(new BorderLayout(8, 0));
        document.add(representativeType, BorderLayout.LINE_START);
        document.add(representativeNumber, BorderLayout.CENTER);
        representativeRow.add(representative, BorderLayout.LINE_START);
        representativeRow.add(document, BorderLayout.CENTER);
        form.add(representativeRow, Forms.fieldAt(row++));
        representativeType.setToolTipText(messages.text("intake.representative.documentType.tip"));
        representativeNumber.setToolTipText(messages.text("intake.representative.number.tip"));
        representativeType.getAccessibleContext().setAccessibleName(
                messages.text("intake.representative.documentType.tip"));
        representativeNumber.getAccessibleContext().setAccessibleName(
                messages.text("intake.representative.number.tip"));
        focusKey(form, javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_O,
                java.awt.event.InputEvent.ALT_DOWN_MASK), "representative.documentType", representativeType);
        focusKey(form, javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_H,
                java.awt.event.InputEvent.ALT_DOWN_MASK), "representative.number", representativeNumber);
        form.add(representativeError, Forms.hintAt(row++));
        showKind();
        return row;
    }

    /** Adds the agent rows (姓名 + 电话, 证件类型 + 号码, their message) at {@code row}; returns the next free row. */
    public int addAgent(JPanel form, int row) {
        JPanel who = new JPanel(new GridLayout(1, 2, 8, 0));
        who.add(agentName);
        who.add(withLabel(Forms.label(messages.text("intake.agent.phone"), agentPhone), agentPhone));
        form.add(Forms.label(messages.text("intake.agent.name"), agentName), Forms.labelAt(row));
        form.add(who, Forms.fieldAt(row++));
        JPanel document = new JPanel(new BorderLayout(8, 0));
        document.add(agentType, BorderLayout.LINE_START);
        document.add(withLabel(Forms.label(messages.text("intake.agent.number"), agentNumber), agentNumber),
                BorderLayout.CENTER);
        form.add(Forms.label(messages.text("intake.agent.documentType"), agentType), Forms.labelAt(row));
        form.add(document, Forms.fieldAt(row++));
        GridBagConstraints hint = Forms.hintAt(row++);
        form.add(agentMessage, hint);
        showAgentMessage();
        return row;
    }

    /** Puts the keyboard on {@code field} and selects what it holds. */
    public void focus(ApplicantPartyPresenter.Field field) {
        JComponent target = switch (field) {
            case REPRESENTATIVE -> representative;
            case REPRESENTATIVE_DOCUMENT_TYPE -> representativeType;
            case REPRESENTATIVE_NUMBER -> representativeNumber;
            case AGENT_NAME -> agentName;
            case AGENT_DOCUMENT_TYPE -> agentType;
            case AGENT_NUMBER -> agentNumber;
            case AGENT_PHONE -> agentPhone;
        };
        target.requestFocusInWindow();
        if (target instanceof JTextField text) {
            text.selectAll();
        }
    }

    /** Re-applies the theme's colours (after a theme switch). */
    public void updateColours() {
        showRepresentativeError();
        showAgentMessage();
    }

    private void bind() {
        kind.addActionListener(e -> presenter.setKind((ApplicantKind) kind.getSelectedItem()));
        agentType.addActionListener(e -> presenter.setAgentType((DocumentType) agentType.getSelectedItem()));
        Forms.onTextChange(representative, presenter::setRepresentative);
        representativeType.addActionListener(e -> presenter.setRepresentativeType(
                (DocumentType) representativeType.getSelectedItem()));
        Forms.onTextChange(representativeNumber, presenter::setRepresentativeNumber);
        Forms.onTextChange(agentName, presenter::setAgentName);
        Forms.onTextChange(agentNumber, presenter::setAgentNumber);
        Forms.onTextChange(agentPhone, presenter::setAgentPhone);
        presenter.addPropertyChangeListener(e -> {
            switch (ApplicantPartyPresenter.Property.valueOf(e.getPropertyName())) {
                case KIND -> showKind();
                case REPRESENTATIVE -> Forms.setTextIfDifferent(representative, presenter.representative());
                case REPRESENTATIVE_NUMBER -> Forms.setTextIfDifferent(representativeNumber,
                        presenter.representativeNumber());
                case REPRESENTATIVE_TYPE -> {
                    if (representativeType.getSelectedItem() != presenter.representativeType()) {
                        representativeType.setSelectedItem(presenter.representativeType());
                    }
                }
                case AGENT_NAME -> Forms.setTextIfDifferent(agentName, presenter.agentName());
                case AGENT_NUMBER -> Forms.setTextIfDifferent(agentNumber, presenter.agentNumber());
                case AGENT_PHONE -> Forms.setTextIfDifferent(agentPhone, presenter.agentPhone());
                case AGENT_TYPE -> {
                    if (agentType.getSelectedItem() != presenter.agentType()) {
                        agentType.setSelectedItem(presenter.agentType());
                    }
                }
                case REPRESENTATIVE_ERROR -> showRepresentativeError();
                case AGENT_ERROR, VALID -> showAgentMessage();
            }
        });
    }

    private void showKind() {
        if (kind.getSelectedItem() != presenter.kind()) {
            kind.setSelectedItem(presenter.kind());
        }
        boolean organisation = presenter.organisation();
        for (JComponent c : naturalOnly) {
            c.setVisible(!organisation);
        }
        representativeLabel.setText(presenter.representativeRole() + "(L)");
        representativeLabel.setDisplayedMnemonic('L');
        representativeLabel.setVisible(organisation);
        representativeRow.setVisible(organisation);
        representativeError.setVisible(organisation);
        if (nameLabel != null) {
            relabel(nameLabel, organisation ? "intake.organisationName" : "intake.applicantName");
            relabel(numberLabel, organisation ? "intake.creditCode" : "intake.idNumber");
        }
    }

    private void relabel(JLabel label, String key) {
        JLabel fresh = Forms.label(messages.text(key), (JComponent) label.getLabelFor());
        label.setText(fresh.getText());
        label.setDisplayedMnemonic(fresh.getDisplayedMnemonic());
        label.setDisplayedMnemonicIndex(fresh.getDisplayedMnemonicIndex());
    }

    private void showRepresentativeError() {
        ApplicantPartyPresenter.Problem problem = presenter.representativeProblem();
        Forms.outlineError(representative, problem != null
                && problem.field() == ApplicantPartyPresenter.Field.REPRESENTATIVE);
        Forms.outlineError(representativeNumber, problem != null
                && problem.field() == ApplicantPartyPresenter.Field.REPRESENTATIVE_NUMBER);
        Forms.showError(representativeError, presenter.representativeError());
    }

    /** The agent's error, or (an agent being typed) the note that the 授权委托书 will be asked for. */
    private void showAgentMessage() {
        ApplicantPartyPresenter.Problem problem = presenter.agentProblem();
        for (JComponent f : new JComponent[] {agentName, agentNumber, agentPhone}) {
            Forms.outlineError(f, false);
        }
        if (problem != null) {
            Forms.outlineError(switch (problem.field()) {
                case AGENT_NAME -> agentName;
                case AGENT_PHONE -> agentPhone;
                default -> agentNumber;
            }, true);
            Forms.showError(agentMessage, problem.message());
            return;
        }
        Forms.showError(agentMessage, null);
        agentMessage.setText(presenter.hasAgent() ? messages.text("intake.agent.authorisation") : " ");
        agentMessage.setForeground(Forms.color("Yichuang.muted.foreground"));
    }

    /**
     * A line under a field that takes no height while it says nothing: the form with an organisation's and an
     * agent's rows is tall already (it scrolls when the window is too short); empty lines would only lengthen it.
     */
    public static JLabel hint() {
        return new JLabel(" ") {
            @Override
            public java.awt.Dimension getPreferredSize() {
                java.awt.Dimension d = super.getPreferredSize();
                return getText() == null || getText().isBlank() && getIcon() == null
                        ? new java.awt.Dimension(d.width, 0) : d;
            }

            @Override
            public java.awt.Dimension getMinimumSize() {
                return getPreferredSize();
            }
        };
    }

    /** Alt+key puts the keyboard on {@code target} while it shows (a field without a label of its own). */
    private static void focusKey(JComponent form, javax.swing.KeyStroke key, String name, JComponent target) {
        form.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, name);
        form.getActionMap().put(name, new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (target.isShowing()) {
                    target.requestFocusInWindow();
                    if (target instanceof JTextField text) {
                        text.selectAll();
                    }
                }
            }
        });
    }

    private static JComponent withLabel(JLabel label, JComponent field) {
        JPanel p = new JPanel(new BorderLayout(6, 0));
        label.setBorder(BorderFactory.createEmptyBorder(0, 4, 0, 0));
        p.add(label, BorderLayout.LINE_START);
        p.add(field, BorderLayout.CENTER);
        return p;
    }

    private static DefaultListCellRenderer labels(java.util.function.Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? null : text.apply(value), index,
                        selected, focus);
            }
        };
    }
}
