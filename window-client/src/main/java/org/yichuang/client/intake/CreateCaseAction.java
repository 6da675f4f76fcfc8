package org.yichuang.client.intake;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Creates the case (受理); enabled when an item is chosen, the form is valid and nothing is running. */
public final class CreateCaseAction extends YichuangAction {
    private final IntakePresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public CreateCaseAction(Messages messages, IntakePresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(IntakePresenter.Property.CAN_CREATE, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.createCase();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canCreate());
    }
}
