package org.yichuang.client.queue.reception;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 读卡 (F2): the applicant's document number from the ID card reader. */
public final class ReadTicketCardAction extends YichuangAction {
    private final ReceptionPresenter presenter;

    /** Creates the action on the reception presenter. */
    public ReadTicketCardAction(Messages messages, ReceptionPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.readCard();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!presenter.state().reading() && !presenter.state().issuing());
    }
}
