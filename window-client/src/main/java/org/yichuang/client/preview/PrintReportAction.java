package org.yichuang.client.preview;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;

/** Prints the previewed paper (打印) on the chosen printer. */
public final class PrintReportAction extends PreviewActions.OutputAction {
    /** Creates the action bound to {@code presenter}. */
    public PrintReportAction(Messages messages, ReportPreviewPresenter presenter) {
        super(messages, presenter);
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.print();
    }
}
