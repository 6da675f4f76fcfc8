package org.yichuang.client.receipt;

import java.util.function.Supplier;
import org.yichuang.client.preview.PreviewDocument;
import org.yichuang.client.preview.ReportPreviewPresenter;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.reports.ReportService;

/** The receipt (受理回执) of one case, previewed like any other paper of the counter. */
public final class ReceiptPresenter {
    private final CaseReceipt receipt;
    private final ReportPreviewPresenter preview;

    /** Creates the presenter for one case's receipt; {@code reports} is created lazily on first use. */
    public ReceiptPresenter(CaseReceipt receipt, Supplier<ReportService> reports, BackgroundTasks tasks,
            ClientPrefs prefs, Messages messages, UserPrompts prompts) {
        this.receipt = receipt;
        PreviewDocument document = new PreviewDocument(ReceiptDialog.NAME,
                messages.text("receipt.title.case", receipt.caseNo()), messages.text("receipt.jobName", receipt.caseNo()),
                messages.text("receipt.filling"), messages.text("receipt.save.title"), r -> r.fillReceipt(receipt));
        this.preview = new ReportPreviewPresenter(document, reports, tasks, prefs, messages, prompts);
    }

    /** Returns the case this receipt is for. */
    public CaseReceipt receipt() {
        return receipt;
    }

    /** Returns the preview's state: report, zoom, printer. */
    public ReportPreviewPresenter preview() {
        return preview;
    }

    /** Fills the receipt off the EDT. */
    public void fill() {
        preview.fill();
    }
}
