package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 办结 (Shift+F3). */
final class FinishTicketAction extends YichuangAction {
    private final CounterPresenter counter;

    FinishTicketAction(Messages messages, CounterPresenter counter) {
        super(messages);
        this.counter = counter;
        counter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        counter.finish();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(counter.state().currentActive());
    }
}
