package org.yichuang.client.receipt;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;

/** Prints the receipt (打印回执) on the chosen printer. */
public final class PrintReceiptAction extends ReceiptActions.OutputAction {
    /** Creates the action bound to {@code presenter}. */
    public PrintReceiptAction(Messages messages, ReceiptPresenter presenter) {
        super(messages, presenter);
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.print();
    }
}
