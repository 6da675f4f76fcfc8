package org.yichuang.client.guide;

import java.awt.Window;
import java.util.function.Supplier;
import org.yichuang.client.intake.CatalogEntry;
import org.yichuang.client.preview.PreviewDocument;
import org.yichuang.client.preview.ReportPreviewDialog;
import org.yichuang.client.preview.ReportPreviewPresenter;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;
import org.yichuang.reports.ReportService;

/** Opens the preview of the printed guide (办事指南) of an item or bundle chosen at the counter. */
public final class GuidePreviews {
    /** Component name of the guide preview window, for tests. */
    public static final String DIALOG_NAME = "guide.dialog";

    private final GuideSource source;
    private final Supplier<ReportService> reports;
    private final BackgroundTasks tasks;
    private final ClientPrefs prefs;
    private final Messages messages;
    private final UserPrompts prompts;

    /** Creates the opener for one session. */
    public GuidePreviews(HallApi api, Supplier<ReportService> reports, BackgroundTasks tasks, ClientPrefs prefs,
            Messages messages, UserPrompts prompts) {
        this.source = new GuideSource(api);
        this.reports = reports;
        this.tasks = tasks;
        this.prefs = prefs;
        this.messages = messages;
        this.prompts = prompts;
    }

    /** Returns the document of the entry's guide: its titles and how to fetch and fill it. */
    public PreviewDocument document(CatalogEntry entry) {
        if (entry.isBundle()) {
            return new PreviewDocument(DIALOG_NAME, messages.text("guide.title.bundle", entry.name()),
                    messages.text("guide.jobName.bundle", entry.name()), messages.text("guide.filling"),
                    messages.text("guide.save.title"), r -> source.bundleGuide(r, entry.bundle()));
        }
        return new PreviewDocument(DIALOG_NAME, messages.text("guide.title.item", entry.name()),
                messages.text("guide.jobName.item", entry.name()), messages.text("guide.filling"),
                messages.text("guide.save.title"), r -> source.itemGuide(r, entry.code()));
    }

    /** Shows the preview of the entry's guide and starts fetching and filling it. EDT only. */
    public ReportPreviewDialog open(Window owner, CatalogEntry entry) {
        ReportPreviewPresenter presenter = new ReportPreviewPresenter(document(entry), reports, tasks, prefs, messages,
                prompts);
        ReportPreviewDialog dialog = new ReportPreviewDialog(owner, messages, presenter, reports, tasks);
        dialog.setVisible(true);
        presenter.fill();
        return dialog;
    }
}
