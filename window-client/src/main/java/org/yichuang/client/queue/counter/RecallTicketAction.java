package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import javax.swing.Action;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.queue.TicketStatus;

/** 重呼 (Shift+F11): calls the current ticket again; its name shows how often the ticket was called (呼叫次数). */
final class RecallTicketAction extends YichuangAction {
    private final CounterPresenter counter;
    private final Messages messages;
    private final String baseName;

    RecallTicketAction(Messages messages, CounterPresenter counter) {
        super(messages);
        this.counter = counter;
        this.messages = messages;
        this.baseName = (String) getValue(Action.NAME);
        counter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        counter.recall();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(counter.state().currentIs(TicketStatus.CALLED));
        TicketView t = counter.state().current();
        putValue(Action.NAME, t == null || t.status() != TicketStatus.CALLED ? baseName
                : messages.text("counter.recall.count", baseName, t.callCount()));
    }
}
