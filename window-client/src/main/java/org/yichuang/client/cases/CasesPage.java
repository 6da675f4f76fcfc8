package org.yichuang.client.cases;

import java.awt.Window;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.yichuang.client.cases.detail.CaseDetailDialog;
import org.yichuang.client.cases.detail.CaseDetailPresenter;
import org.yichuang.client.cases.detail.TransitionAction;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.CaseAlertEvent;

/**
 * Wires the 办件 page: list presenter, live alert feed, panel, and one detail dialog per open case. Built once per
 * session by the composition root; {@link #dispose()} ends the stream and closes the dialogs.
 */
public final class CasesPage {
    private final HallApi api;
    private final BackgroundTasks tasks;
    private final CaseTexts texts;
    private final Supplier<LocalDate> today;
    private final Supplier<String> keys;
    private final CaseListPresenter list;
    private final AlertFeed feed;
    private final CaseListPanel panel;
    private final Map<String, CaseDetailDialog> open = new HashMap<>();
    private final Map<String, CaseDetailPresenter> presenters = new HashMap<>();

    private CasesPage(HallApi api, BackgroundTasks tasks, CaseTexts texts, UserPrompts prompts, boolean supervisor,
            Supplier<LocalDate> today, Supplier<String> keys, AlertFeed.Scheduler scheduler) {
        this.api = api;
        this.tasks = tasks;
        this.texts = texts;
        this.today = today;
        this.keys = keys;
        this.list = new CaseListPresenter(api, tasks, texts.messages(), prompts, supervisor);
        this.feed = new AlertFeed(api, SwingUtilities::invokeLater, scheduler);
        this.panel = new CaseListPanel(texts, list, feed, new RefreshCasesAction(texts.messages(), list),
                new ExportCasesAction(texts.messages(), list), new PreviousPageAction(texts.messages(), list),
                new NextPageAction(texts.messages(), list), this::openCase);
        feed.addAlertListener(list::applyAlert);
        feed.addAlertListener(this::refreshOpenDetail);
    }

    /**
     * Builds the page for a session: a supervisor (监察) sees all cases, anyone else their own. Prompts carry the file
     * dialog of the export, so tests choose the path.
     */
    public static CasesPage create(HallApi api, BackgroundTasks tasks, CaseTexts texts, UserPrompts prompts,
            boolean supervisor) {
        return new CasesPage(api, tasks, texts, prompts, supervisor, () -> LocalDate.now(texts.hallZone()),
                () -> UUID.randomUUID().toString(), CasesPage::swingTimer);
    }

    private static Runnable swingTimer(Duration delay, Runnable task) {
        Timer timer = new Timer((int) delay.toMillis(), e -> task.run());
        timer.setRepeats(false);
        timer.start();
        return timer::stop;
    }

    /** Returns the panel for the main window. */
    public CaseListPanel panel() {
        return panel;
    }

    /** Returns the list presenter. */
    public CaseListPresenter list() {
        return list;
    }

    /** Returns the live alert feed. */
    public AlertFeed feed() {
        return feed;
    }

    /** Loads the first page and starts the live stream; on the EDT. */
    public void start() {
        list.reload();
        feed.start();
    }

    /** Opens (or brings to front) the detail of {@code caseNo}. */
    public void openCase(String caseNo) {
        CaseDetailDialog existing = open.get(caseNo);
        if (existing != null && existing.isDisplayable()) {
            existing.toFront();
            return;
        }
        CaseDetailPresenter presenter = new CaseDetailPresenter(api, tasks, texts.messages(), keys, today, caseNo,
                changed -> list.reload());
        List<TransitionAction> actions = new ArrayList<>(List.of(
                new TransitionAction.AcceptCaseAction(texts.messages(), presenter),
                new TransitionAction.StartReviewAction(texts.messages(), presenter),
                new TransitionAction.SuspendClockAction(texts.messages(), presenter),
                new TransitionAction.ResumeClockAction(texts.messages(), presenter),
                new TransitionAction.ExtendDeadlineAction(texts.messages(), presenter),
                new TransitionAction.ApproveCaseAction(texts.messages(), presenter),
                new TransitionAction.RefuseCaseAction(texts.messages(), presenter),
                new TransitionAction.DeliverCaseAction(texts.messages(), presenter)));
        Window owner = SwingUtilities.getWindowAncestor(panel);
        // the lifecycle carries no personal data: item and applicant come from the list row when there is one
        String heading = list.state().rows().stream().filter(r -> r.caseNo().equals(caseNo)).findFirst()
                .map(r -> r.itemName() + " · " + r.applicantName()).orElse(caseNo);
        CaseDetailDialog dialog = new CaseDetailDialog(owner, texts, presenter, actions, heading);
        open.put(caseNo, dialog);
        presenters.put(caseNo, presenter);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                open.remove(caseNo);
                presenters.remove(caseNo);
            }
        });
        dialog.setVisible(true);
        presenter.load();
    }

    private void refreshOpenDetail(CaseAlertEvent event) {
        CaseDetailPresenter p = presenters.get(event.caseNo());
        if (p != null && !p.isBusy()) {
            p.load();
        }
    }

    /** Ends the stream and closes every open detail (sign-out). */
    public void dispose() {
        feed.stop();
        new ArrayList<>(open.values()).forEach(CaseDetailDialog::dispose);
        open.clear();
        presenters.clear();
    }
}
