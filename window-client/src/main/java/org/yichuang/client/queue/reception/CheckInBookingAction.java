package org.yichuang.client.queue.reception;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 预约签到 (F3): turns today's booking of the person with the given document number into a priority ticket. */
public final class CheckInBookingAction extends YichuangAction {
    private final ReceptionPresenter presenter;

    /** Creates the action on the reception presenter. */
    public CheckInBookingAction(Messages messages, ReceptionPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.checkIn();
    }

    /** Enabled without a number too: pressed then, it says the number is needed and where to type it. */
    @Override
    protected void updateEnabledState() {
        ReceptionState s = presenter.state();
        setEnabled(!s.loading() && !s.issuing() && !s.reading());
    }
}
