package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 开始办理 (Shift+F2): the applicant is at the counter. */
final class StartServingAction extends YichuangAction {
    private final CounterPresenter counter;

    StartServingAction(Messages messages, CounterPresenter counter) {
        super(messages);
        this.counter = counter;
        counter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        counter.start();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(counter.state().currentIs(org.yichuang.core.queue.TicketStatus.CALLED));
    }
}
