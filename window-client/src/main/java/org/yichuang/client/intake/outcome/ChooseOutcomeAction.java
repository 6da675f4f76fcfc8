package org.yichuang.client.intake.outcome;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;
import org.yichuang.core.intake.IntakeOutcome;

/**
 * Chooses one outcome (Alt+1 … Alt+9 in declaration order); enabled only when the server says it is lawful for the
 * checklist as it is now. The label is core's Chinese label, so it is not read from the actions bundle.
 */
public final class ChooseOutcomeAction extends AbstractAction {
    private final OutcomePresenter presenter;
    private final IntakeOutcome outcome;

    /** Creates the action for {@code outcome}. */
    public ChooseOutcomeAction(OutcomePresenter presenter, IntakeOutcome outcome) {
        super((outcome.ordinal() + 1) + " " + outcome.label());
        this.presenter = presenter;
        this.outcome = outcome;
        int key = java.awt.event.KeyEvent.VK_1 + outcome.ordinal();
        // no button mnemonic: a disabled button ignores it, and Alt+N on an outcome not lawful now must say why
        // (OutcomePane binds the accelerator to presenter.choose, which explains)
        putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(key, java.awt.event.InputEvent.ALT_DOWN_MASK));
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    public IntakeOutcome outcome() {
        return outcome;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.choose(outcome);
    }

    private void updateEnabledState() {
        setEnabled(presenter.isOffered(outcome));
        putValue(Action.SELECTED_KEY, presenter.draft().outcome() == outcome);
    }
}
