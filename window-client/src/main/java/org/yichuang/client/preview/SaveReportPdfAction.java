package org.yichuang.client.preview;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;

/** Saves the previewed paper as PDF (另存为 PDF). */
public final class SaveReportPdfAction extends PreviewActions.OutputAction {
    /** Creates the action bound to {@code presenter}. */
    public SaveReportPdfAction(Messages messages, ReportPreviewPresenter presenter) {
        super(messages, presenter);
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.savePdf();
    }
}
