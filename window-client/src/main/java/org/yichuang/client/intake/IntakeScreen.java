package org.yichuang.client.intake;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.yichuang.client.intake.materials.ChecklistPane;
import org.yichuang.client.intake.materials.ChecklistPresenter;
import org.yichuang.client.intake.outcome.OutcomeDraft;
import org.yichuang.client.intake.outcome.OutcomeError;
import org.yichuang.client.intake.outcome.OutcomeField;
import org.yichuang.client.intake.outcome.OutcomePane;
import org.yichuang.client.intake.outcome.OutcomePresenter;
import org.yichuang.client.intake.outcome.SubmitOutcomeAction;
import org.yichuang.client.intake.rare.RareCharacterDialog;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseReceipt;

/**
 * The intake screen (收件受理) as one keyboard flow: item → applicant ({@link IntakePanel}, Ctrl+Enter receives the
 * case) → materials ({@link ChecklistPane}, F6) → outcome ({@link OutcomePane}, F8, F9 submits) → print (the preview
 * opens by itself). F4 types a 生僻字 by its code point, F12 (下一位) clears everything personal. The key list is on
 * screen and in docs/intake-keys.md.
 */
public final class IntakeScreen extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "intake.screen";
    public static final String STEP_LABEL = "intake.step";
    public static final String CASE_LABEL = "intake.case";
    public static final String KEYS_LABEL = "intake.keys";
    private static final String RECEIVE = "receive";
    private static final String CHECK = "check";

    private final Messages messages;
    private final IntakePanel receive;
    private final ChecklistPresenter checklist;
    private final OutcomePresenter outcome;
    private final ChecklistPane checklistPane;
    private final OutcomePane outcomePane;
    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    private final JLabel step = new JLabel();
    private final JLabel caseLine = new JLabel(" ");
    private boolean checking;

    /** Builds the screen. */
    public IntakeScreen(Messages messages, IntakePanel receive, ChecklistPresenter checklist,
            ChecklistPane checklistPane, OutcomePresenter outcome, OutcomePane outcomePane, SubmitOutcomeAction submit,
            NextApplicantAction next, InsertRareCharacterAction rare) {
        super(new BorderLayout());
        this.messages = messages;
        this.receive = receive;
        this.checklist = checklist;
        this.outcome = outcome;
        this.checklistPane = checklistPane;
        this.outcomePane = outcomePane;
        setName(NAME);
        step.setName(STEP_LABEL);
        caseLine.setName(CASE_LABEL);
        Forms.styled(step, "semibold");
        JLabel keys = Forms.styled(new JLabel(messages.text("intake.keys")), "small");
        keys.setName(KEYS_LABEL);
        keys.setForeground(Forms.color("Yichuang.muted.foreground"));
        JPanel strip = new JPanel(new BorderLayout(16, 0));
        strip.setBorder(BorderFactory.createEmptyBorder(8, 16, 0, 16));
        strip.add(step, BorderLayout.LINE_START);
        strip.add(keys, BorderLayout.LINE_END);

        JPanel check = new JPanel(new BorderLayout());
        Forms.styled(caseLine, "semibold");
        caseLine.setBorder(BorderFactory.createEmptyBorder(6, 16, 0, 16));
        check.add(caseLine, BorderLayout.PAGE_START);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, checklistPane, outcomePane);
        split.setResizeWeight(1);
        split.setBorder(null);
        split.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                // the outcome needs its three button columns and fields; the checklist takes the rest
                int width = split.getWidth();
                split.setDividerLocation(width - Math.max(470, Math.round(width * 0.34f)));
            }
        });
        check.add(split, BorderLayout.CENTER);
        center.add(receive, RECEIVE);
        center.add(check, CHECK);
        add(strip, BorderLayout.PAGE_START);
        add(center, BorderLayout.CENTER);

        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0), "focusMaterials", run(this::focusMaterials));
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F8, 0), "focusOutcome", run(this::focusOutcome));
        bindAction(submit, "submitOutcome");
        // Ctrl+Enter submits the outcome once the case is received (before, it receives the case: IntakePanel)
        check.getInputMap(WHEN_IN_FOCUSED_WINDOW).put(
                KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.CTRL_DOWN_MASK), "submitOutcome");
        check.getActionMap().put("submitOutcome", submit);
        bindAction(next, "nextApplicant");
        bindAction(rare, "rareCharacter");

        checklist.addPropertyChangeListener(ChecklistPresenter.Property.CASE, e -> showCase());
        outcome.addPropertyChangeListener(OutcomePresenter.Property.ERROR, e -> focusError(outcome.error()));
        outcome.addPropertyChangeListener(OutcomePresenter.Property.DRAFT, e -> {
            showStep();
            OutcomeDraft before = (OutcomeDraft) e.getOldValue();
            OutcomeDraft after = (OutcomeDraft) e.getNewValue();
            if (after.outcome() != null && (before == null || before.outcome() != after.outcome())) {
                // the outcome chosen: on to the first thing it needs (or its button, ready for F9)
                SwingUtilities.invokeLater(outcomePane::focusFirstField);
            }
        });
        outcome.addPropertyChangeListener(OutcomePresenter.Property.DECIDED, e -> showStep());
        showCase();
    }

    private void showCase() {
        CaseReceipt r = checklist.receipt();
        checking = r != null;
        if (r != null) {
            // faces the applicant across the counter: the document number is masked (the server sends it so)
            caseLine.setText(messages.text("intake.case.line", r.caseNo(), r.itemName(), r.applicantName(),
                    r.applicantIdNumberMasked()));
            caseLine.setToolTipText(null);
            org.yichuang.core.api.BundleCaseReceipt b = checklist.bundle();
            if (b != null) {
                // a 一件事: how its members run and when the whole application is due, and its child cases
                String children = String.join("；", b.children().stream().map(c -> messages.text("intake.bundle.child",
                        c.itemName(), c.department(), c.caseNo())).toList());
                String mode = messages.text("intake.bundle.runMode." + b.runMode().name())
                        + (b.bundleLimit() == null ? "" : " · " + messages.text("intake.bundle.limit.own",
                                b.bundleLimit().value() + messages.text("admin.unit." + b.bundleLimit().unit().name())));
                caseLine.setText("<html>" + escape(caseLine.getText()) + "<br>" + escape(messages.text(
                        "intake.bundle.line", b.parentCaseNo(), b.bundleName(), mode, b.dueDate(), children))
                        + "</html>");
                caseLine.setToolTipText(children);
            }
            cards.show(center, CHECK);
            SwingUtilities.invokeLater(checklistPane::focusTable);
        } else {
            caseLine.setText(" ");
            cards.show(center, RECEIVE);
        }
        showStep();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void showStep() {
        String key = !checking ? "intake.step.receive"
                : outcome.decided() != null ? "intake.step.print"
                : outcome.draft().outcome() != null ? "intake.step.outcome" : "intake.step.materials";
        step.setText(messages.text(key));
    }

    private void focusMaterials() {
        if (checking) {
            checklistPane.focusTable();
        }
    }

    private void focusOutcome() {
        if (checking) {
            outcomePane.focusOutcome();
        }
    }

    /** A refusal puts the keyboard on the field at fault; everything typed stays. */
    private void focusError(OutcomeError error) {
        if (error == null) {
            return;
        }
        if (error.field() == OutcomeField.MATERIALS) {
            checklistPane.focusMaterial(error.material());
            return;
        }
        JComponent target = outcomePane.fieldFor(error.field());
        if (target != null) {
            target.requestFocusInWindow();
            if (target instanceof javax.swing.text.JTextComponent t) {
                t.selectAll();
            }
        }
    }

    /** Opens 输入生僻字 for the applicant's name (only while the applicant form shows). */
    public void openRareCharacter() {
        if (checking) {
            return;
        }
        receive.rememberNameCaret();
        new RareCharacterDialog(SwingUtilities.getWindowAncestor(this), messages, receive::insertIntoName)
                .setVisible(true);
    }

    private void bindAction(Action action, String key) {
        KeyStroke stroke = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        if (stroke != null) {
            bindKey(stroke, key, action);
        }
    }

    private void bindKey(KeyStroke stroke, String key, Action action) {
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(stroke, key);
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
