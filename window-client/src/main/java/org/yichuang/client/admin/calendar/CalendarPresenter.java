package org.yichuang.client.admin.calendar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.yichuang.client.admin.transfer.CatalogFileDialogs;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.CalendarImportRequest;
import org.yichuang.core.api.CalendarImportResult;
import org.yichuang.core.api.CalendarOverview;
import org.yichuang.core.api.CalendarYear;
import org.yichuang.core.api.CalendarYearChange;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * The 日历 page (工作日历): the current calendar version, one year's days, and the import of an official schedule
 * CSV. Every server call goes through the client's task funnel; the state is one immutable {@link CalendarState}.
 * A file that changes a published year is sent again with the confirmation only after the administrator has seen the
 * difference and agreed.
 */
public final class CalendarPresenter extends ObservableModel<CalendarPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE }

    /** How many changed days the overwrite question lists before it says how many more there are. */
    static final int DIFF_LINES_SHOWN = 15;

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private final CatalogFileDialogs dialogs;
    private final Clock clock;
    private CalendarState state;

    /** Creates the presenter; {@code clock} is in the hall's zone and picks the year shown first. */
    public CalendarPresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            CatalogFileDialogs dialogs, Clock clock) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.prompts = prompts;
        this.dialogs = dialogs;
        this.clock = clock;
        this.state = CalendarState.initial(thisYear());
    }

    public CalendarState state() {
        return state;
    }

    /** Returns the hall's current year. */
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** Loads the versions and the chosen year's days. */
    public void load() {
        int year = state.selectedYear();
        setState(state.withLoading(true));
        tasks.submit(() -> new Loaded(api.calendar(), api.calendarYear(year)), loaded -> {
            CalendarState next = state.withOverview(loaded.overview()).withLoading(false);
            setState(next.selectedYear() == year ? next.withYear(loaded.year()) : next);
            if (state.year() == null) {
                loadYear(state.selectedYear());
            }
        }, this::loadFailed);
    }

    /** Shows {@code year}: its days are fetched unless they are on show already. */
    public void selectYear(int year) {
        if (year == state.selectedYear() && (state.year() != null || state.loading())) {
            return;
        }
        setState(state.withSelectedYear(year));
        if (state.year() == null) {
            loadYear(year);
        }
    }

    private void loadYear(int year) {
        setState(state.withLoading(true));
        tasks.submit(() -> api.calendarYear(year), days -> {
            CalendarState next = state.withLoading(false);
            // an answer for a year the administrator has since left is dropped
            setState(next.selectedYear() == days.year() ? next.withYear(days) : next);
        }, this::loadFailed);
    }

    private void loadFailed(Throwable failure) {
        setState(state.withLoading(false));
        prompts.warn(messages.text("calendar.title"), messages.errorMessage(failure));
    }

    /** Asks for a schedule file and imports it (导入日历 CSV…). */
    public void chooseAndImport() {
        if (!state.importing()) {
            dialogs.chooseCalendarImport().ifPresent(this::importFile);
        }
    }

    /** Reads {@code file} and sends it in the background; problems, a conflict or the result come back here. */
    public void importFile(Path file) {
        setState(state.withProblems(null, List.of()));
        send(file, false);
    }

    private void send(Path file, boolean confirm) {
        String name = file.getFileName().toString();
        setState(state.withImporting(true));
        tasks.submit(() -> api.importCalendar(new CalendarImportRequest(readUtf8(file), source(name), confirm)),
                result -> imported(name, result), failure -> refused(file, failure));
    }

    /** The file's name says where the schedule comes from; the server keeps it as the version's source. */
    private static String source(String fileName) {
        String s = fileName.strip();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private void imported(String file, CalendarImportResult result) {
        List<Integer> years = result.years().stream().map(CalendarYearChange::year).toList();
        setState(state.withImporting(false).withLastResult(result));
        StringBuilder text = new StringBuilder(result.created()
                ? messages.text("calendar.import.done", file, result.version().number())
                : messages.text("calendar.import.same", file, result.version().number()));
        for (CalendarYearChange y : result.years()) {
            text.append('\n').append(messages.text("calendar.import.year", y.year(), y.added(), y.removed(),
                    y.changed()));
        }
        if (result.created()) {
            text.append('\n').append(messages.text("calendar.import.cases", result.casesChecked(), result.casesMoved()));
        }
        prompts.inform(messages.text("calendar.import.title"), text.toString());
        if (!years.isEmpty() && !years.contains(state.selectedYear())) {
            setState(state.withSelectedYear(years.get(0)));
        }
        setState(state.withYear(null));
        load();
    }

    private void refused(Path file, Throwable failure) {
        setState(state.withImporting(false));
        String name = file.getFileName().toString();
        if (failure instanceof ApiException e && e.code() == ErrorCode.CALENDAR_YEAR_CONFLICT) {
            if (prompts.confirm(messages.text("calendar.conflict.title"), conflictText(e))) {
                send(file, true);
            }
        } else if (failure instanceof ApiException e && !e.problems().isEmpty()) {
            setState(state.withProblems(name, e.problems()));
        } else if (failure instanceof IOException) {
            prompts.warn(messages.text("calendar.import.title"), messages.text("calendar.import.unreadable",
                    file.toString()));
        } else {
            prompts.warn(messages.text("calendar.import.title"), messages.errorMessage(failure)
                    + (failure instanceof ApiException e && e.code() != ErrorCode.SERVER_UNREACHABLE
                    ? "\n" + messages.text("admin.import.nothing") : ""));
        }
    }

    /** The server's summary, the changed days (the first ones, then how many more), and the question. */
    String conflictText(ApiException conflict) {
        StringBuilder text = new StringBuilder(conflict.getMessage());
        List<Problem> days = conflict.problems();
        text.append("\n");
        days.stream().limit(DIFF_LINES_SHOWN).forEach(p -> text.append("\n· ").append(p.message()));
        if (days.size() > DIFF_LINES_SHOWN) {
            text.append("\n").append(messages.text("calendar.conflict.more", days.size() - DIFF_LINES_SHOWN));
        }
        return text.append("\n\n").append(messages.text("calendar.conflict.question")).toString();
    }

    /** Forgets the problems (the list was closed). */
    public void clearProblems() {
        setState(state.withProblems(null, List.of()));
    }

    /** Reads the file as strict UTF-8, without a byte-order mark: a GBK file is refused here, not misread. */
    static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8: " + file, e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private void setState(CalendarState next) {
        CalendarState old = state;
        state = Objects.requireNonNull(next);
        fire(Property.STATE, old, next);
    }

    private record Loaded(CalendarOverview overview, CalendarYear year) {
    }
}
