package org.yichuang.client.queue.reception;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 下一位 (F12): clears the last ticket and the applicant's details. */
public final class NextTicketAction extends YichuangAction {
    private final ReceptionPresenter presenter;

    /** Creates the action on the reception presenter. */
    public NextTicketAction(Messages messages, ReceptionPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.next();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!presenter.state().issuing());
    }
}
