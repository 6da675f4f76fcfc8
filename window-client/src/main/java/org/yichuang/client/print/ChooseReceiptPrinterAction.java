package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Chooses the counter's 80 mm thermal printer (小票打印机); waiting slips follow it. */
public final class ChooseReceiptPrinterAction extends YichuangAction {
    private final PrintQueuePresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public ChooseReceiptPrinterAction(Messages messages, PrintQueuePresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.choosePrinter(org.yichuang.core.notice.Paper.RECEIPT_80MM);
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!presenter.state().busy());
    }
}
