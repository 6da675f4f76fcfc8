package org.yichuang.client.queue.figures;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 今天: the 排队日统计 screen's command of that name. */
public final class TodayQueueDayAction extends YichuangAction {
    private final QueueFiguresPresenter p;

    /** Creates the action for {@code presenter}. */
    public TodayQueueDayAction(Messages messages, QueueFiguresPresenter presenter) {
        super(messages);
        this.p = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        p.showToday();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(true);   // today is always there to go back to
    }
}
