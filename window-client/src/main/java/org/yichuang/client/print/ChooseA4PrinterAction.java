package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Chooses the counter's A4 printer (A4 打印机); waiting A4 jobs follow it. */
public final class ChooseA4PrinterAction extends YichuangAction {
    private final PrintQueuePresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public ChooseA4PrinterAction(Messages messages, PrintQueuePresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.choosePrinter(org.yichuang.core.notice.Paper.A4);
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!presenter.state().busy());
    }
}
