package org.yichuang.client.admin.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.ImportResult;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Import and export of the whole catalog (导入/导出事项库): the upload runs in the background; a refused import keeps
 * every located problem for the problem table; an export is written to a temporary file first, then moved into place.
 */
public final class CatalogTransferPresenter extends ObservableModel<CatalogTransferPresenter.Property> {
    /** Observable properties. */
    public enum Property { BUSY, ACTIVITY, PROBLEMS, PROBLEM_FILE, LAST_RESULT }

    /** What runs in the background, for the busy indicator. */
    public enum Activity { IDLE, IMPORTING, EXPORTING }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private final CatalogFileDialogs dialogs;
    private final Clock clock;
    private final Runnable onImported;
    private Activity activity = Activity.IDLE;
    private List<Problem> problems = List.of();
    private String problemFile;
    private ImportResult lastResult;

    /** Creates the presenter; {@code onImported} reloads the lists after a successful import. */
    public CatalogTransferPresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            CatalogFileDialogs dialogs, Clock clock, Runnable onImported) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.prompts = prompts;
        this.dialogs = dialogs;
        this.clock = clock;
        this.onImported = onImported;
    }

    public boolean isBusy() {
        return activity != Activity.IDLE;
    }

    public Activity activity() {
        return activity;
    }

    /** Returns the problems of the last refused import, empty otherwise. */
    public List<Problem> problems() {
        return problems;
    }

    /** Returns the name of the file whose problems are listed, or null. */
    public String problemFile() {
        return problemFile;
    }

    public ImportResult lastResult() {
        return lastResult;
    }

    /** Returns the format a file name stands for, by its extension. */
    public static Optional<CatalogFormat> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Stream.of(CatalogFormat.values()).filter(f -> name.endsWith("." + f.extension())).findFirst();
    }

    /** Asks for a file and imports it (导入事项库…). */
    public void chooseAndImport() {
        if (!isBusy()) {
            dialogs.chooseImport().ifPresent(this::importFile);
        }
    }

    /** Uploads {@code file} in the background; the format comes from its extension. */
    public void importFile(Path file) {
        Optional<CatalogFormat> format = formatOf(file);
        if (format.isEmpty()) {
            prompts.warn(messages.text("admin.import.title"), messages.text("admin.import.extension"));
            return;
        }
        setProblems(List.of(), null);
        setActivity(Activity.IMPORTING);
        tasks.submit(() -> api.importCatalog(Files.readAllBytes(file), format.get()), result -> {
            setActivity(Activity.IDLE);
            ImportResult old = lastResult;
            lastResult = result;
            fire(Property.LAST_RESULT, old, lastResult);
            prompts.inform(messages.text("admin.import.title"), messages.text("admin.import.done",
                    file.getFileName().toString(), result.itemsAdded(), result.itemsChanged(),
                    result.itemsUnchanged(), result.bundlesSaved()));
            onImported.run();
        }, failure -> {
            setActivity(Activity.IDLE);
            if (failure instanceof ApiException e && !e.problems().isEmpty()) {
                // kept in the server's order, which is the file's order; the table sorts on demand
                setProblems(e.problems(), file.getFileName().toString());
            } else if (failure instanceof IOException e) {
                prompts.warn(messages.text("admin.import.title"), messages.text("admin.import.unreadable",
                        file.toString()));
            } else {
                prompts.warn(messages.text("admin.import.title"), messages.errorMessage(failure)
                        + (failure instanceof ApiException e && e.code() != ErrorCode.SERVER_UNREACHABLE
                        ? "\n" + messages.text("admin.import.nothing") : ""));
            }
        });
    }

    /** Asks where to save and exports (导出事项库…) as .xlsx or .json, by the extension chosen. */
    public void chooseAndExport() {
        if (isBusy()) {
            return;
        }
        String suggested = messages.text("admin.export.fileName", LocalDate.now(clock).format(DAY))
                + "." + CatalogFormat.XLSX.extension();
        dialogs.chooseExport(suggested).ifPresent(this::exportTo);
    }

    /** Downloads the catalog and writes it to {@code file} atomically, in the background. */
    public void exportTo(Path file) {
        Optional<CatalogFormat> format = formatOf(file);
        if (format.isEmpty()) {
            prompts.warn(messages.text("admin.export.title"), messages.text("admin.import.extension"));
            return;
        }
        setActivity(Activity.EXPORTING);
        tasks.submit(() -> {
            byte[] content = api.exportCatalog(format.get());
            writeAtomically(file, content);
            return content.length;
        }, bytes -> {
            setActivity(Activity.IDLE);
            prompts.inform(messages.text("admin.export.title"), messages.text("admin.export.done", file.toString()));
        }, failure -> {
            setActivity(Activity.IDLE);
            prompts.warn(messages.text("admin.export.title"), failure instanceof IOException
                    ? messages.text("admin.export.writeFailed", file.toString())
                    : messages.errorMessage(failure));
        });
    }

    /**
     * Writes next to the target, then moves over it: a crash or a full disk never leaves half a catalog under the
     * name the administrator will send on.
     */
    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".part");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Returns the problems as tab-separated lines with a header, to paste into an e-mail or a spreadsheet. */
    public String problemsAsText() {
        String header = String.join("\t", messages.text("admin.problems.column.sheet"),
                messages.text("admin.problems.column.row"), messages.text("admin.problems.column.column"),
                messages.text("admin.problems.column.field"), messages.text("admin.problems.column.message"));
        return Stream.concat(Stream.of(header), problems.stream().map(p -> String.join("\t", orEmpty(p.sheet()),
                p.row() == null ? "" : p.row().toString(), orEmpty(p.column()), orEmpty(p.field()),
                orEmpty(p.message())))).collect(Collectors.joining("\n", "", "\n"));
    }

    /** Forgets the problems (the problem window was closed). */
    public void clearProblems() {
        setProblems(List.of(), null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void setProblems(List<Problem> value, String file) {
        List<Problem> old = problems;
        problems = List.copyOf(value);
        String oldFile = problemFile;
        problemFile = file;
        fire(Property.PROBLEM_FILE, oldFile, problemFile);
        fire(Property.PROBLEMS, old, problems);
    }

    private void setActivity(Activity value) {
        Activity old = activity;
        boolean wasBusy = isBusy();
        activity = value;
        fire(Property.ACTIVITY, old, activity);
        fire(Property.BUSY, wasBusy, isBusy());
    }
}
