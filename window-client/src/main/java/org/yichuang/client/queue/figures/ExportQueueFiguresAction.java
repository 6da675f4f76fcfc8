package org.yichuang.client.queue.figures;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 导出 Excel: the day shown as the server's .xlsx workbook, saved where the supervisor chooses. */
public final class ExportQueueFiguresAction extends YichuangAction {
    private final QueueFiguresPresenter p;

    /** Creates the action for {@code presenter}. */
    public ExportQueueFiguresAction(Messages messages, QueueFiguresPresenter presenter) {
        super(messages);
        this.p = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        p.export();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(p.state().canExport());
    }
}
