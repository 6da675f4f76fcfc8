package org.yichuang.client.receipt;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;

/** Saves the receipt as PDF (另存为 PDF). */
public final class SaveReceiptPdfAction extends ReceiptActions.OutputAction {
    /** Creates the action bound to {@code presenter}. */
    public SaveReceiptPdfAction(Messages messages, ReceiptPresenter presenter) {
        super(messages, presenter);
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.savePdf();
    }
}
