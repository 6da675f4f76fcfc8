package org.yichuang.client.queue.figures;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 后一天: the 排队日统计 screen's command of that name. */
public final class NextQueueDayAction extends YichuangAction {
    private final QueueFiguresPresenter p;

    /** Creates the action for {@code presenter}. */
    public NextQueueDayAction(Messages messages, QueueFiguresPresenter presenter) {
        super(messages);
        this.p = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        p.nextDay();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(p.state().hasNextDay());
    }
}
