package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Tries every waiting job now (全部重试). */
public final class RetryAllPrintJobsAction extends YichuangAction {
    private final PrintQueuePresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public RetryAllPrintJobsAction(Messages messages, PrintQueuePresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.retryAll();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canRetryAll());
    }
}
