package org.yichuang.client.cases;

import org.yichuang.core.supervision.AlertLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.CaseAlertEvent;
import org.yichuang.core.api.CaseListPage;
import org.yichuang.core.api.CaseListQuery;
import org.yichuang.core.api.CaseListRow;
import org.yichuang.core.api.HallApi;

/**
 * The case list (我的办件 for a clerk, 办件监察 for a supervisor): loads pages with filters, keeps counts per level,
 * exports to .xlsx and takes pushed 红黄牌 changes. All HTTP and disk work goes through {@link BackgroundTasks}.
 */
public final class CaseListPresenter extends ObservableModel<CaseListPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE, BUSY }

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private final boolean supervisor;
    private CaseListState state;
    private int inFlight;
    private BackgroundTasks.TaskHandle loading;

    /** Creates the list; a supervisor sees all cases (办件监察), anyone else their own (我的办件). */
    public CaseListPresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            boolean supervisor) {
        this(api, tasks, messages, prompts, supervisor, CaseListQuery.DEFAULT_SIZE);
    }

    /** Creates the list with {@code pageSize} rows per page (1–200, the server's limit), kept for every page. */
    public CaseListPresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            boolean supervisor, int pageSize) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.prompts = prompts;
        this.supervisor = supervisor;
        CaseListQuery first = CaseListQuery.of(supervisor ? CaseListQuery.ALL : CaseListQuery.MINE);
        this.state = CaseListState.empty(new CaseListQuery(first.scope(), null, null, null, null, null, null, 0,
                pageSize));
    }

    /** Returns what the list shows. */
    public CaseListState state() {
        return state;
    }

    /** Returns true for 办件监察 (all cases, filters, export). */
    public boolean isSupervisor() {
        return supervisor;
    }

    /** Returns true while this list's own work (a load, an export) runs. */
    public boolean isBusy() {
        return inFlight > 0;
    }

    /** Reloads the current page with the current filters; a load still running is dropped. */
    public void reload() {
        load(state.query());
    }

    /** Shows only cases at {@code level} (a level code, or null for all levels), from the first page. */
    public void filterLevel(String level) {
        load(state.query().withLevel(level));
    }

    /** Applies the supervisor's filters (blank = any), keeping the level filter, from the first page. */
    public void filter(String caseState, String department, String item, Integer counter, String staff) {
        load(state.query().withFilters(caseState, department, item, counter, staff));
    }

    /** Shows the next page (下一页), filters and page size kept; nothing when this is the last page. */
    public void nextPage() {
        if (state.hasNext()) {
            load(state.query().withPage(state.page() + 1));
        }
    }

    /** Shows the previous page (上一页); nothing on the first page. */
    public void previousPage() {
        if (state.hasPrevious()) {
            load(state.query().withPage(state.page() - 1));
        }
    }

    private void load(CaseListQuery query) {
        if (loading != null && !loading.isDone()) {
            loading.cancel();
            ended();
        }
        setState(state.withQuery(query));
        started();
        loading = tasks.submit(() -> api.listCases(query), page -> {
            ended();
            if (!query.equals(state.query())) {
                return;
            }
            setState(fromPage(query, page));
            if (page.rows().isEmpty() && query.page() > 0 && page.total() > 0) {
                // cases were decided or moved since: the page asked for is past the end, so show the last one
                load(query.withPage(state.pageCount() - 1));
            }
        }, failure -> {
            ended();
            prompts.warn(messages.text("error.title"), messages.errorMessage(failure));
        });
    }

    private static CaseListState fromPage(CaseListQuery query, CaseListPage page) {
        Map<AlertLevel, Long> counts = new EnumMap<>(AlertLevel.class);
        counts.putAll(page.levelCounts());
        return new CaseListState(query, page.rows(), counts, page.total(), true);
    }

    /**
     * Exports every case matching the filters (导出 Excel): asks where to save, fetches the server's workbook and
     * writes it, all off the EDT.
     */
    public void export() {
        Optional<Path> target = prompts.chooseFile(messages.text("cases.export.title"),
                messages.text("cases.export.fileName"), "xlsx");
        if (target.isEmpty()) {
            return;
        }
        Path path = target.get();
        CaseListQuery query = state.query();
        started();
        tasks.submit(() -> {
            byte[] workbook = api.exportCases(query);
            Files.write(path, workbook);
            return path;
        }, saved -> {
            ended();
            prompts.inform(messages.text("cases.export.title"), messages.text("cases.export.done", saved));
        }, failure -> {
            ended();
            prompts.warn(messages.text("cases.export.title"), messages.errorMessage(failure));
        });
    }

    /**
     * Takes a pushed level change: the row changes colour at once and the counts follow; a row the list does not
     * show (another page, a filter) changes nothing but the counts when it moves into or out of a counted level.
     */
    public void applyAlert(CaseAlertEvent event) {
        List<CaseListRow> rows = new ArrayList<>(state.rows());
        boolean shown = false;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).caseNo().equals(event.caseNo())) {
                rows.set(i, withLevel(rows.get(i), event));
                shown = true;
            }
        }
        if (!shown) {
            // a case on another page or outside the filters: the list reloads so the counts stay the server's
            reload();
            return;
        }
        Map<AlertLevel, Long> counts = new EnumMap<>(AlertLevel.class);
        counts.putAll(state.counts());
        AlertLevel from = event.oldLevel() == null ? AlertLevel.NONE : event.oldLevel();
        AlertLevel to = event.newLevel() == null ? AlertLevel.NONE : event.newLevel();
        if (from != to) {
            counts.merge(from, -1L, Long::sum);
            counts.merge(to, 1L, Long::sum);
            counts.replaceAll((k, v) -> Math.max(0, v));
        }
        setState(state.withRows(rows, counts));
        String level = state.query().level();
        if (level != null && !level.equals(to.name())) {
            reload();   // the row left the level the supervisor filters on
        }
    }

    private static CaseListRow withLevel(CaseListRow r, CaseAlertEvent e) {
        return new CaseListRow(r.caseNo(), r.itemCode(), r.itemName(), r.department(), r.applicantName(),
                r.applicantIdNumberMasked(), r.state(), r.stateLabel(), r.receivedAt(), r.acceptedAt(), r.promisedDue(),
                r.legalDue(), r.remainingWorkingDays(), e.newLevel(), e.newLabel(), r.deadlineMoved(), r.counterNo(),
                r.staffName());
    }

    private void setState(CaseListState next) {
        CaseListState old = state;
        state = next;
        fire(Property.STATE, old, next);
    }

    private void started() {
        if (inFlight++ == 0) {
            fire(Property.BUSY, false, true);
        }
    }

    private void ended() {
        if (--inFlight == 0) {
            fire(Property.BUSY, true, false);
        }
    }
}
