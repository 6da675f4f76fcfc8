package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Discards the selected waiting job (丢弃) after the clerk confirms. */
public final class DiscardPrintJobAction extends YichuangAction {
    private final PrintQueuePresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public DiscardPrintJobAction(Messages messages, PrintQueuePresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.discardSelected();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canActOnSelected());
    }
}
