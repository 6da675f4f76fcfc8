package org.yichuang.client.intake.outcome;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import org.yichuang.client.intake.materials.ChecklistPresenter;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.IntakeOptions;
import org.yichuang.core.intake.IntakeOutcome;

/**
 * The outcome (受理结果) widget: one button per outcome, enabled only when the server says it is lawful, the ticks
 * (承诺书已签署, 已询问真实意思) and the fields the chosen outcome needs; the server's refusal under them.
 */
public final class OutcomePane extends JPanel {
    /** Component names for tests. */
    public static final String OUTCOME_BUTTON_PREFIX = "intake.outcome.";
    public static final String COMMITMENT_BOX = "intake.outcome.commitment";
    public static final String INTENT_BOX = "intake.outcome.intent";
    public static final String REASON_FIELD = "intake.outcome.reason";
    public static final String BASIS_FIELD = "intake.outcome.basis";
    public static final String AUTHORITY_FIELD = "intake.outcome.authority";
    public static final String DUE_FIELD = "intake.outcome.due";
    public static final String NOTE_FIELD = "intake.outcome.note";
    /** 领取方式 (issue 10: supplements and status), Alt+L. */
    public static final String COLLECTION_COMBO = "intake.outcome.collection";
    public static final String ERROR_LABEL = "intake.outcome.error";
    public static final String STATUS_LABEL = "intake.outcome.status";
    public static final String SUBMIT_BUTTON = "intake.outcome.submit";

    private final Messages messages;
    private final OutcomePresenter presenter;
    private final ChecklistPresenter checklist;
    private final List<JToggleButton> buttons = new ArrayList<>();
    private final JCheckBox commitment = new JCheckBox();
    private final JCheckBox intent = new JCheckBox();
    private final javax.swing.JComboBox<org.yichuang.core.intake.CollectionMethod> collection =
            new javax.swing.JComboBox<>();
    private JLabel collectionLabel;
    private final JTextField reason = new JTextField(24);
    private final JTextField basis = new JTextField(24);
    private final JTextField authority = new JTextField(24);
    private final JTextField due = new JTextField(10);
    private final JTextField note = new JTextField(24);
    private final JLabel dueHint = new JLabel(" ");
    private final JLabel error = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final Map<JComponent, JLabel> labels = new java.util.HashMap<>();
    private boolean syncing;

    /** Builds the pane bound to {@code presenter}. */
    public OutcomePane(Messages messages, OutcomePresenter presenter, ChecklistPresenter checklist,
            List<ChooseOutcomeAction> choices, SubmitOutcomeAction submit) {
        super(new BorderLayout(0, 8));
        this.messages = messages;
        this.presenter = presenter;
        this.checklist = checklist;
        // two columns: the longest label (5 告知不需取得许可) is never cut at 1366 px
        JPanel grid = new JPanel(new GridLayout(0, 2, 6, 6));
        for (ChooseOutcomeAction choice : choices) {
            JToggleButton b = new JToggleButton(choice);
            b.setName(OUTCOME_BUTTON_PREFIX + choice.outcome().name());
            b.setFocusable(true);
            buttons.add(b);
            grid.add(b);
            // Alt+N chooses, or says why not (the button being disabled then): always bound, never through the button
            KeyStroke key = (KeyStroke) choice.getValue(javax.swing.Action.ACCELERATOR_KEY);
            getInputMap(WHEN_IN_FOCUSED_WINDOW).put(key, "choose." + choice.outcome().name());
            IntakeOutcome chosen = choice.outcome();
            getActionMap().put("choose." + chosen.name(), new javax.swing.AbstractAction() {
                @Override
                public void actionPerformed(java.awt.event.ActionEvent e) {
                    presenter.choose(chosen);
                }
            });
        }
        commitment.setName(COMMITMENT_BOX);
        commitment.setText(messages.text("intake.outcome.commitment"));
        commitment.setMnemonic('G');
        intent.setName(INTENT_BOX);
        intent.setText(messages.text("intake.outcome.intent"));
        intent.setMnemonic('Y');
        reason.setName(REASON_FIELD);
        basis.setName(BASIS_FIELD);
        authority.setName(AUTHORITY_FIELD);
        due.setName(DUE_FIELD);
        note.setName(NOTE_FIELD);
        basis.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("intake.outcome.basis.placeholder"));
        due.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "yyyy-MM-dd");
        Forms.styled(due, "monospaced");
        error.setName(ERROR_LABEL);
        status.setName(STATUS_LABEL);
        Forms.styled(dueHint, "small");
        dueHint.setForeground(Forms.color("Yichuang.muted.foreground"));
        Forms.showError(error, null);

        JPanel form = new JPanel(new GridBagLayout());
        int row = 0;
        GridBagConstraints ticks = Forms.fieldAt(row++);
        ticks.gridx = 0;
        ticks.gridwidth = 2;
        JPanel tickRow = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEADING, 0, 0));
        tickRow.add(commitment);
        tickRow.add(javax.swing.Box.createHorizontalStrut(16));
        tickRow.add(intent);
        form.add(tickRow, ticks);
        row = addField(form, row, "intake.outcome.reason", reason);
        row = addField(form, row, "intake.outcome.basis", basis);
        row = addField(form, row, "intake.outcome.authority", authority);
        row = addField(form, row, "intake.outcome.due", due);
        form.add(dueHint, Forms.hintAt(row++));
        row = addField(form, row, "intake.outcome.note", note);
        collection.setName(COLLECTION_COMBO);
        collection.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                    boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof
                        org.yichuang.core.intake.CollectionMethod m ? m.label() : value, index, selected, focus);
            }
        });
        collectionLabel = Forms.label(messages.text("intake.outcome.collection"), collection);
        form.add(collectionLabel, Forms.labelAt(row));
        form.add(collection, Forms.fieldAt(row++));
        GridBagConstraints rest = Forms.fieldAt(row);
        rest.weighty = 1;   // the fields stay under the buttons; the space is left below them
        form.add(new JLabel(), rest);

        JButton send = new JButton(submit);
        send.setName(SUBMIT_BUTTON);
        send.putClientProperty(FlatClientProperties.STYLE, "font: +2 bold; margin: 6,20,6,20");
        JPanel bottom = new JPanel(new BorderLayout(0, 6));
        bottom.add(error, BorderLayout.PAGE_START);
        bottom.add(status, BorderLayout.CENTER);
        JPanel sendRow = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.TRAILING, 0, 0));
        sendRow.add(send);
        bottom.add(sendRow, BorderLayout.PAGE_END);

        JLabel title = Forms.styled(new JLabel(messages.text("intake.outcome.title")), "h3");
        JPanel top = new JPanel(new BorderLayout(0, 8));
        top.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
        top.add(title, BorderLayout.PAGE_START);
        top.add(grid, BorderLayout.CENTER);
        add(top, BorderLayout.PAGE_START);
        add(form, BorderLayout.CENTER);
        add(bottom, BorderLayout.PAGE_END);
        setBorder(BorderFactory.createEmptyBorder(8, 10, 12, 18));
        bind();
        show(presenter.draft());
    }

    private int addField(JPanel form, int row, String key, JTextField field) {
        JLabel label = Forms.label(messages.text(key), field);
        labels.put(field, label);
        form.add(label, Forms.labelAt(row));
        form.add(field, Forms.fieldAt(row));
        return row + 1;
    }

    private void bind() {
        commitment.addActionListener(e -> presenter.edit(presenter.draft().withCommitmentSigned(commitment.isSelected())));
        intent.addActionListener(e -> presenter.edit(presenter.draft().withGenuineIntentAsked(intent.isSelected())));
        Forms.onTextChange(reason, t -> edit(d -> d.withReason(t)));
        Forms.onTextChange(basis, t -> edit(d -> d.withLegalBasis(t)));
        Forms.onTextChange(authority, t -> edit(d -> d.withCompetentAuthority(t)));
        Forms.onTextChange(due, t -> edit(d -> d.withDueText(t)));
        Forms.onTextChange(note, t -> edit(d -> d.withCorrectionNote(t)));
        presenter.addPropertyChangeListener(e -> {
            switch (OutcomePresenter.Property.valueOf(e.getPropertyName())) {
                case DRAFT -> show(presenter.draft());
                case OPTIONS, OPTIONS_PENDING -> showHints();
                case ERROR -> showError();
                case DECIDED -> showDecided();
                default -> { }
            }
        });
        checklist.addPropertyChangeListener(ChecklistPresenter.Property.LINES,
                e -> intent.setVisible(checklist.asksGenuineIntent()));
        checklist.addPropertyChangeListener(ChecklistPresenter.Property.LINES, e -> showCollectionMethods());
        collection.addActionListener(e -> {
            if (!syncing) {
                presenter.chooseCollection((org.yichuang.core.intake.CollectionMethod) collection.getSelectedItem());
            }
        });
    }

    /** The item's 领取方式, its first selected (the server's default too) unless the clerk chose another. */
    private void showCollectionMethods() {
        java.util.List<org.yichuang.core.intake.CollectionMethod> methods = checklist.collectionMethods();
        syncing = true;
        try {
            collection.removeAllItems();
            methods.forEach(collection::addItem);
            org.yichuang.core.intake.CollectionMethod chosen = presenter.collection();
            collection.setSelectedItem(chosen != null && methods.contains(chosen) ? chosen
                    : methods.isEmpty() ? null : methods.get(0));
        } finally {
            syncing = false;
        }
        show(presenter.draft());
    }

    private void edit(java.util.function.UnaryOperator<OutcomeDraft> change) {
        if (!syncing) {
            presenter.edit(change.apply(presenter.draft()));
        }
    }

    private void show(OutcomeDraft d) {
        syncing = true;
        try {
            commitment.setSelected(d.commitmentSigned());
            intent.setSelected(d.genuineIntentAsked());
            Forms.setTextIfDifferent(reason, d.reason());
            Forms.setTextIfDifferent(basis, d.legalBasis());
            Forms.setTextIfDifferent(authority, d.competentAuthority());
            Forms.setTextIfDifferent(due, d.dueText());
            Forms.setTextIfDifferent(note, d.correctionNote());
        } finally {
            syncing = false;
        }
        IntakeOutcome o = d.outcome();
        boolean refusal = o != null && o.refusal();
        setShown(reason, refusal);
        setShown(basis, refusal);
        setShown(authority, o == IntakeOutcome.NOT_COMPETENT);
        setShown(due, o == IntakeOutcome.ACCEPT_DEFERRED || o == IntakeOutcome.NEEDS_SUPPLEMENT);
        dueHint.setVisible(due.isVisible());
        setShown(note, o == IntakeOutcome.CORRECTED_ON_SPOT);
        // the result is collected only when the application goes on (not after a refusal or a mere correction)
        boolean collected = o != null && !refusal && o != IntakeOutcome.CORRECTED_ON_SPOT;
        collection.setVisible(collected && collection.getItemCount() > 0);
        collectionLabel.setVisible(collection.isVisible());
        intent.setVisible(checklist.asksGenuineIntent());
        showHints();
        revalidate();
        repaint();
    }

    private void setShown(JTextField field, boolean shown) {
        field.setVisible(shown);
        labels.get(field).setVisible(shown);
    }

    private void showHints() {
        IntakeOptions o = presenter.options();
        if (o == null) {
            dueHint.setText(" ");
        } else if (presenter.draft().outcome() == IntakeOutcome.ACCEPT_DEFERRED) {
            dueHint.setText(messages.text("intake.outcome.due.deferred", o.latestDeferralDueOn(), o.promisedDueOn()));
        } else {
            dueHint.setText(messages.text("intake.outcome.due.supplement", o.noticeServiceDueOn()));
        }
        if (presenter.decided() == null) {
            status.setText(presenter.isOptionsPending() ? messages.text("intake.outcome.checking")
                    : o == null ? messages.text("intake.outcome.waiting")
                    : o.offered().isEmpty() ? messages.text("intake.outcome.none")
                    : messages.text("intake.outcome.offered", o.offered().size()));
        }
    }

    private void showError() {
        OutcomeError e = presenter.error();
        Forms.showError(error, e == null ? null : e.message());
        if (e != null && e.message() != null && error.getParent() != null) {
            // the rules' messages are long (a material's full name, what to do instead): wrapped, never cut off; the
            // label's text stays the plain message
            int width = Math.max(160, error.getParent().getWidth() - 40);
            error.putClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey,
                    javax.swing.plaf.basic.BasicHTML.createHTMLView(error, "<html><body style='width:" + width + "px'>"
                            + e.message().replace("&", "&amp;").replace("<", "&lt;") + "</body></html>"));
            error.revalidate();
        }
        for (JTextField f : new JTextField[] {reason, basis, authority, due, note}) {
            Forms.outlineError(f, false);
        }
        if (e == null) {
            return;
        }
        JComponent target = switch (e.field()) {
            case REASON -> reason;
            case LEGAL_BASIS -> basis;
            case AUTHORITY -> authority;
            case DUE_DATE -> due;
            case CORRECTION_NOTE -> note;
            case COMMITMENT -> commitment;
            case GENUINE_INTENT -> intent;
            default -> null;
        };
        if (target instanceof JTextField f) {
            Forms.outlineError(f, true);
        }
    }

    /** Returns the widget the error points at, or null (materials and the outcome buttons are the panel's). */
    public JComponent fieldFor(OutcomeField field) {
        return switch (field) {
            case REASON -> reason;
            case LEGAL_BASIS -> basis;
            case AUTHORITY -> authority;
            case DUE_DATE -> due;
            case CORRECTION_NOTE -> note;
            case COMMITMENT -> commitment;
            case GENUINE_INTENT -> intent;
            case OUTCOME -> firstEnabledButton();
            default -> null;
        };
    }

    /** Puts the keyboard on the chosen outcome's button, else the first lawful one (F8). */
    public void focusOutcome() {
        for (JToggleButton b : buttons) {
            if (b.isSelected() && b.isEnabled()) {
                b.requestFocusInWindow();
                return;
            }
        }
        JComponent first = firstEnabledButton();
        if (first != null) {
            first.requestFocusInWindow();
        }
    }

    /** Puts the keyboard on the first field the chosen outcome needs, else its button. */
    public void focusFirstField() {
        for (JComponent c : new JComponent[] {reason, due, note}) {
            if (c.isVisible()) {
                c.requestFocusInWindow();
                return;
            }
        }
        focusOutcome();
    }

    private JComponent firstEnabledButton() {
        return buttons.stream().filter(JToggleButton::isEnabled).findFirst().orElse(null);
    }

    private void showDecided() {
        OutcomePresenter.Decided d = presenter.decided();
        status.setName(STATUS_LABEL);
        if (d == null) {
            status.setText(" ");
            status.setForeground(Forms.color("Yichuang.muted.foreground"));
        } else {
            status.setText(messages.text("intake.outcome.decided", d.outcome().label(), d.stateLabel()));
            status.setForeground(Forms.color("Yichuang.success.foreground"));
        }
    }
}
