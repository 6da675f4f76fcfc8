package org.yichuang.client.receipt;

import java.awt.Window;
import java.util.function.Supplier;
import org.yichuang.client.preview.ReportPreviewDialog;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.reports.ReportService;

/** The receipt (受理回执) preview: a zoomable page image with print, save and printer choice. */
public final class ReceiptDialog extends ReportPreviewDialog {
    /** The dialog's component name, for tests; its parts are named as in {@link ReportPreviewDialog}. */
    public static final String NAME = "receipt.dialog";

    /** Builds the preview for {@code presenter}'s case. */
    public ReceiptDialog(Window owner, Messages messages, ReceiptPresenter presenter, Supplier<ReportService> reports,
            BackgroundTasks tasks) {
        super(owner, messages, presenter.preview(), reports, tasks);
    }
}
