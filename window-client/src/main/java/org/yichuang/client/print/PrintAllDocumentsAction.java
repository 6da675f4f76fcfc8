package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Prints every document of the case (全部打印), each on its paper's printer. */
public final class PrintAllDocumentsAction extends YichuangAction {
    private final DocumentPreviewPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public PrintAllDocumentsAction(Messages messages, DocumentPreviewPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.printAll();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canPrintAll());
    }
}
