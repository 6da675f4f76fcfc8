package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 挂起 (Shift+F5): set aside; returns to this counter after the hall's hold time. */
final class HoldTicketAction extends YichuangAction {
    private final CounterPresenter counter;

    HoldTicketAction(Messages messages, CounterPresenter counter) {
        super(messages);
        this.counter = counter;
        counter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        counter.hold();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(counter.state().currentActive());
    }
}
