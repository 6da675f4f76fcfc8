package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Saves the shown document as PDF (另存为 PDF). */
public final class SaveDocumentPdfAction extends YichuangAction {
    private final DocumentPreviewPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public SaveDocumentPdfAction(Messages messages, DocumentPreviewPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.save();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canOutput());
    }
}
