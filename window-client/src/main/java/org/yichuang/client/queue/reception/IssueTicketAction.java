package org.yichuang.client.queue.reception;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 取号 (Enter): issues the ticket for the chosen category and prints it. */
public final class IssueTicketAction extends YichuangAction {
    private final ReceptionPresenter presenter;

    /** Creates the action on the reception presenter. */
    public IssueTicketAction(Messages messages, ReceptionPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.issue();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.state().canIssue());
    }
}
