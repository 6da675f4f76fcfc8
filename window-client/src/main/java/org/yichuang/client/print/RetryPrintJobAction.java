package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Tries the selected waiting job now (重试). */
public final class RetryPrintJobAction extends YichuangAction {
    private final PrintQueuePresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public RetryPrintJobAction(Messages messages, PrintQueuePresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.retrySelected();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canActOnSelected());
    }
}
