package org.yichuang.client.intake.outcome;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Sends the chosen outcome (提交受理结果, F9); enabled when it is lawful now and nothing is running. */
public final class SubmitOutcomeAction extends YichuangAction {
    private final OutcomePresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public SubmitOutcomeAction(Messages messages, OutcomePresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(OutcomePresenter.Property.CAN_SUBMIT, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.submit();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canSubmit());
    }
}
