package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 叫号 (F11): the next ticket of the counter's categories. */
final class CallNextTicketAction extends YichuangAction {
    private final CounterPresenter counter;

    CallNextTicketAction(Messages messages, CounterPresenter counter) {
        super(messages);
        this.counter = counter;
        counter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        counter.callNext();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(counter.state().mayCall());
    }
}
