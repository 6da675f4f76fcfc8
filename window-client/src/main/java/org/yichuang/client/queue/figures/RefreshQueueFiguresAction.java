package org.yichuang.client.queue.figures;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 刷新: the 排队日统计 screen's command of that name. */
public final class RefreshQueueFiguresAction extends YichuangAction {
    private final QueueFiguresPresenter p;

    /** Creates the action for {@code presenter}. */
    public RefreshQueueFiguresAction(Messages messages, QueueFiguresPresenter presenter) {
        super(messages);
        this.p = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        p.refresh();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!p.state().loading());
    }
}
