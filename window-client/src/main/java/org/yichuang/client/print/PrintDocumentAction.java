package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Prints the shown document (打印) on the counter's printer for its paper. */
public final class PrintDocumentAction extends YichuangAction {
    private final DocumentPreviewPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public PrintDocumentAction(Messages messages, DocumentPreviewPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.print();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canOutput());
    }
}
