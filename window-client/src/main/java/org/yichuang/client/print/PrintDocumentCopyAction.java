package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Prints a 副本 of the shown document (打印副本), rendered and counted by the server. */
public final class PrintDocumentCopyAction extends YichuangAction {
    private final DocumentPreviewPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public PrintDocumentCopyAction(Messages messages, DocumentPreviewPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.printCopy();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canOutput());
    }
}
