package org.yichuang.client.admin.item;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.yichuang.client.admin.item.clock.StepLimitRow;
import org.yichuang.client.admin.item.clock.StepLimitsPresenter;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.ItemChange;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemRules;
import org.yichuang.core.catalog.SpecialProcedure;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;

/**
 * State of the item editor (事项编辑): the version loaded, the draft, the rules it breaks (checked on every edit),
 * the version history, and save / withdraw (停用) through BackgroundTasks with optimistic locking.
 */
public final class ItemEditorPresenter extends ObservableModel<ItemEditorPresenter.Property> {
    /** Observable properties. */
    public enum Property {
        OPEN, LOADED, HISTORY, DRAFT, ISSUES, DIRTY, CAN_SAVE, CAN_WITHDRAW, BUSY, EFFECTIVE_FROM,
        EFFECTIVE_FROM_ERROR, SELECTED_MATERIAL, NOTICE
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private final Clock clock;
    private final FieldLabels labels;
    private final Consumer<VersionedItem> onSaved;
    private final StepLimitsPresenter stepLimits;

    private boolean open;
    private VersionedItem loaded;
    private List<VersionedItem> history = List.of();
    private ItemDraft draft = ItemDraft.blank();
    private int revision;
    private ServiceItem item;
    private List<FieldIssue> violations = List.of();
    private List<FieldIssue> serverProblems = List.of();
    private List<FieldIssue> issues = List.of();
    private boolean dirty;
    private boolean canSave;
    private boolean canWithdraw;
    private boolean busy;
    private String effectiveFromText = "";
    private Instant effectiveFrom;
    private String effectiveFromError;
    private int selectedMaterial = -1;
    private String notice;
    private String explained;
    /**
     * The hall's setting on risky items (HallInfo), read with the first load so the live check judges as the server;
     * null until then. Once per editor: it is hall configuration, and every further request would slow each open.
     */
    private Boolean riskyItemsMayDefer;

    /** Creates the editor; {@code onSaved} is told about every stored version (the list reloads). */
    public ItemEditorPresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts, Clock clock,
            Consumer<VersionedItem> onSaved) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.prompts = prompts;
        this.clock = clock;
        this.labels = new FieldLabels(messages, clock.getZone());
        this.onSaved = onSaved;
        this.item = draft.toItem();
        this.stepLimits = new StepLimitsPresenter(this);
    }

    /** Returns the 环节时限 rows of the draft with their selection. */
    public StepLimitsPresenter stepLimits() {
        return stepLimits;
    }

    public boolean isOpen() {
        return open;
    }

    /** Returns the newest stored version the draft is based on, or null for a new item. */
    public VersionedItem loaded() {
        return loaded;
    }

    /** Returns true when the draft is not stored yet (new or copied item). */
    public boolean isNew() {
        return open && loaded == null;
    }

    /** Returns every version of the item, newest first. */
    public List<VersionedItem> history() {
        return history;
    }

    /** Returns the draft; change it only through {@link #edit}. */
    public ItemDraft draft() {
        return draft;
    }

    /** Returns the draft as the record that would be saved. */
    public ServiceItem item() {
        return item;
    }

    /** Returns the rules the draft breaks, then the problems the server reported on the last save. */
    public List<FieldIssue> issues() {
        return issues;
    }

    /** Returns the issues concerning {@code path} (a field, or a material row such as {@code materials[1]}). */
    public List<FieldIssue> issuesAt(String path) {
        return issues.stream().filter(i -> i.concerns(path)).toList();
    }

    public boolean isDirty() {
        return dirty;
    }

    public boolean canSave() {
        return canSave;
    }

    public boolean canWithdraw() {
        return canWithdraw;
    }

    public boolean isBusy() {
        return busy;
    }

    public String effectiveFromText() {
        return effectiveFromText;
    }

    public String effectiveFromError() {
        return effectiveFromError;
    }

    public int selectedMaterial() {
        return selectedMaterial;
    }

    /** Returns the last outcome to show above the form (saved, reloaded…), or null. */
    public String notice() {
        return notice;
    }

    /** What a version is today (版本状态). */
    public enum VersionState { PENDING, CURRENT, WITHDRAWN, SUPERSEDED }

    /** Returns the state of a version of the open item: the newest one in effect is current, later ones pending. */
    public VersionState stateOf(VersionedItem version) {
        if (version.effectiveFrom().isAfter(clock.instant())) {
            return VersionState.PENDING;
        }
        VersionedItem inEffect = history.stream().filter(v -> !v.effectiveFrom().isAfter(clock.instant()))
                .findFirst().orElse(null);
        if (version.equals(inEffect)) {
            return version.inForce() ? VersionState.CURRENT : VersionState.WITHDRAWN;
        }
        return VersionState.SUPERSEDED;
    }

    /** Returns the labels the editor uses for fields and times. */
    public FieldLabels labels() {
        return labels;
    }

    /** Asks before throwing away unsaved changes; true when there are none or the administrator agrees. */
    public boolean confirmDiscard() {
        if (!dirty) {
            return true;
        }
        String name = ItemDraft.orNull(draft.name);
        return prompts.confirm(messages.text("admin.discard.title"),
                messages.text("admin.discard.message", name == null ? messages.text("admin.item.unnamed") : name));
    }

    /** Loads the item (no questions asked: callers ask {@link #confirmDiscard()} first). */
    public void load(String implementationCode) {
        setBusy(true);
        Boolean known = riskyItemsMayDefer;
        tasks.submit(() -> new Loaded(inForceOrNull(implementationCode), api.itemVersions(implementationCode),
                known != null ? known : api.hallInfo().riskyItemsMayDefer()),
                loadedItem -> {
                    setBusy(false);
                    show(loadedItem);
                }, this::failed);
    }

    private VersionedItem inForceOrNull(String code) {
        try {
            return api.getItem(code);
        } catch (ApiException e) {
            if (e.code() == ErrorCode.ITEM_NOT_FOUND) {
                return null;   // withdrawn, or only a future version exists: the history still has it
            }
            throw e;
        }
    }

    private void show(Loaded result) {
        riskyItemsMayDefer = result.riskyItemsMayDefer();
        // the newest version is the base: a change scheduled for later must not be overwritten by one based on today's
        VersionedItem newest = result.history().isEmpty() ? result.inForce() : result.history().get(0);
        VersionedItem oldLoaded = loaded;
        loaded = newest;
        List<VersionedItem> oldHistory = history;
        history = List.copyOf(result.history());
        fire(Property.HISTORY, oldHistory, history);
        fire(Property.LOADED, oldLoaded, loaded);
        boolean pending = newest != null && newest.effectiveFrom().isAfter(clock.instant());
        setNotice(pending ? messages.text("admin.item.pending", newest.version(), labels.time(newest.effectiveFrom()))
                : null);
        startEditing(newest == null ? ItemDraft.blank() : ItemDraft.of(newest.item()));
    }

    /** Starts a new item from sensible defaults; callers ask {@link #confirmDiscard()} first. */
    public void newItem() {
        startNew(ItemDraft.blank());
    }

    /** Starts a new item with the content of the open one, which must have no unsaved changes. */
    public void copyItem() {
        if (canCopy()) {
            startNew(draft.duplicate(messages.text("admin.item.copySuffix")));
        }
    }

    /** Returns true when a stored item is open without unsaved changes, so a copy cannot take half an edit along. */
    public boolean canCopy() {
        return open && loaded != null && !dirty;
    }

    private void startNew(ItemDraft fresh) {
        VersionedItem old = loaded;
        loaded = null;
        List<VersionedItem> oldHistory = history;
        history = List.of();
        fire(Property.HISTORY, oldHistory, history);
        fire(Property.LOADED, old, null);
        setNotice(messages.text("admin.item.newNotice"));
        startEditing(fresh);
    }

    /** Closes the editor without asking (the item was withdrawn, or the window closes). */
    public void close() {
        VersionedItem old = loaded;
        loaded = null;
        history = List.of();
        fire(Property.LOADED, old, null);
        fire(Property.HISTORY, null, history);
        draft = ItemDraft.blank();
        boolean wasOpen = open;
        open = false;
        fire(Property.OPEN, wasOpen, false);
        recompute();
    }

    private void startEditing(ItemDraft fresh) {
        draft = fresh;
        serverProblems = List.of();
        setEffectiveFrom("");
        boolean wasOpen = open;
        open = true;
        fire(Property.OPEN, wasOpen, true);
        setSelectedMaterial(fresh.materials.isEmpty() ? -1 : Math.max(0, Math.min(selectedMaterial, fresh.materials.size() - 1)));
        recompute();
    }

    /** Applies one change of the administrator to the draft and checks the rules again. */
    public void edit(Consumer<ItemDraft> change) {
        if (!open) {
            return;
        }
        change.accept(draft);
        if (notice != null && notice.equals(explained)) {
            setNotice(null);   // the reason Ctrl+S gave is about the draft before this change
        }
        serverProblems = List.of();   // they were about the content that was sent; a change makes them stale
        recompute();
    }

    /** Replaces material {@code index} (a cell of the materials table was edited). */
    public void setMaterial(int index, MaterialRequirement material) {
        edit(d -> d.materials.set(index, material));
    }

    /** Adds a material after the selected one (or at the end) and selects it. */
    public void addMaterial() {
        int at = selectedMaterial < 0 ? draft.materials.size() : selectedMaterial + 1;
        edit(d -> d.materials.add(at, new MaterialRequirement("", MaterialKind.OTHER, 1, 0, "A4", null,
                MaterialSource.APPLICANT, true, null, false, null, null)));
        setSelectedMaterial(at);
    }

    /** Removes the selected material. */
    public void removeMaterial() {
        int at = selectedMaterial;
        if (at < 0 || at >= draft.materials.size()) {
            return;
        }
        edit(d -> d.materials.remove(at));
        setSelectedMaterial(Math.min(at, draft.materials.size() - 1));
    }

    /** Moves the selected material up ({@code -1}) or down ({@code +1}); the order is the order applicants see. */
    public void moveMaterial(int delta) {
        int from = selectedMaterial;
        int to = from + delta;
        if (!canMoveMaterial(delta)) {
            return;
        }
        edit(d -> d.materials.add(to, d.materials.remove(from)));
        setSelectedMaterial(to);
    }

    /** Returns true when the selected material can move by {@code delta}. */
    public boolean canMoveMaterial(int delta) {
        int to = selectedMaterial + delta;
        return open && selectedMaterial >= 0 && to >= 0 && to < draft.materials.size();
    }

    public void setSelectedMaterial(int index) {
        int old = selectedMaterial;
        selectedMaterial = index;
        fire(Property.SELECTED_MATERIAL, old, selectedMaterial);
    }

    /** Allows or forbids a special procedure; Art. 45 procedures start as stopping the clock, as the law says. */
    public void setProcedureAllowed(SpecialProcedureKind kind, boolean allowed) {
        edit(d -> {
            SpecialProcedure current = d.procedure(kind);
            if (allowed && current == null) {
                d.specialProcedures.add(new SpecialProcedure(kind, kind.statutoryExclusion()));
            } else if (!allowed && current != null) {
                d.specialProcedures.remove(current);
            }
        });
    }

    /** Sets whether an allowed special procedure stops the clock (不计入办理时限). */
    public void setProcedureStopsClock(SpecialProcedureKind kind, boolean stopsClock) {
        edit(d -> {
            int at = d.specialProcedures.indexOf(d.procedure(kind));
            if (at >= 0) {
                d.specialProcedures.set(at, new SpecialProcedure(kind, stopsClock));
            }
        });
    }

    /** Sets 生效时间 as typed ({@code yyyy-MM-dd HH:mm} or a date); blank means “as soon as saved”. */
    public void setEffectiveFrom(String text) {
        String old = effectiveFromText;
        effectiveFromText = text == null ? "" : text;
        fire(Property.EFFECTIVE_FROM, old, effectiveFromText);
        String error = null;
        Instant parsed = null;
        String t = effectiveFromText.strip();
        if (!t.isEmpty()) {
            try {
                LocalDateTime local = t.length() <= 10 ? LocalDate.parse(t).atStartOfDay()
                        : LocalDateTime.parse(t, MINUTES);
                parsed = local.atZone(clock.getZone()).toInstant();
                if (!parsed.isAfter(clock.instant())) {
                    // a back-dated version would change the terms of cases already accepted under the old one
                    error = messages.text("admin.effectiveFrom.past");
                }
            } catch (DateTimeParseException e) {
                error = messages.text("admin.effectiveFrom.format");
            }
        }
        effectiveFrom = error == null ? parsed : null;
        String oldError = effectiveFromError;
        effectiveFromError = error;
        fire(Property.EFFECTIVE_FROM_ERROR, oldError, effectiveFromError);
        updateCanSave();
    }

    /** Saves the draft as a new version (保存), off the EDT. */
    public void save() {
        if (!canSave) {
            return;
        }
        ItemChange change = new ItemChange(item, loaded == null ? null : loaded.version(), effectiveFrom, true);
        submitChange(change, saved -> setNotice(messages.text(saved.version() == 1 ? "admin.item.created"
                : "admin.item.saved", saved.version(), labels.time(saved.effectiveFrom()))));
    }

    /**
     * Saves when possible, else says why not (Ctrl+S): a shortcut that silently does nothing leaves the administrator
     * guessing whether the change was stored.
     */
    public void saveOrExplain() {
        if (canSave) {
            save();
        } else {
            explained = whyNotSaved();
            setNotice(explained);
        }
    }

    /** Returns why {@link #save()} would do nothing now, or null when it would save. */
    public String whyNotSaved() {
        if (canSave) {
            return null;
        }
        if (busy) {
            return messages.text("admin.save.why.busy");
        }
        if (!open) {
            return messages.text("admin.save.why.closed");
        }
        if (!violations.isEmpty()) {
            return messages.text("admin.save.why.issues", violations.size());
        }
        if (effectiveFromError != null) {
            return messages.text("admin.save.why.effectiveFrom", effectiveFromError);
        }
        return messages.text("admin.save.why.unchanged");
    }

    /** Withdraws the item (停用) from the effective time on, after confirmation; the list drops it once in effect. */
    public void withdraw() {
        if (!canWithdraw) {
            return;
        }
        String when = effectiveFrom == null ? messages.text("admin.withdraw.now") : labels.time(effectiveFrom);
        if (!prompts.confirm(messages.text("admin.withdraw.title"),
                messages.text("admin.withdraw.message", loaded.item().name(), when))) {
            return;
        }
        ItemChange change = new ItemChange(loaded.item(), loaded.version(), effectiveFrom, false);
        submitChange(change, saved -> setNotice(messages.text("admin.item.withdrawn", saved.version(),
                labels.time(saved.effectiveFrom()))));
    }

    private void submitChange(ItemChange change, Consumer<VersionedItem> describe) {
        setBusy(true);
        String code = change.item().implementationCode();
        tasks.submit(() -> {
            VersionedItem saved = api.saveItem(change);
            return new Saved(saved, new Loaded(null, api.itemVersions(code),
                    riskyItemsMayDefer != null && riskyItemsMayDefer));
        }, saved -> {
            setBusy(false);
            show(saved.reloaded());
            describe.accept(saved.version());
            onSaved.accept(saved.version());
        }, this::failed);
    }

    /** Loads the newest stored version again, dropping the draft after confirmation. */
    public void reload() {
        if (loaded == null || !confirmDiscard()) {
            return;
        }
        load(loaded.item().implementationCode());
    }

    private void failed(Throwable failure) {
        setBusy(false);
        if (failure instanceof ApiException e && e.code() == ErrorCode.CATALOG_VERSION_CONFLICT && loaded != null) {
            if (prompts.confirm(messages.text("admin.conflict.title"),
                    messages.text("admin.conflict.message", loaded.item().name()))) {
                load(loaded.item().implementationCode());
            } else {
                setNotice(messages.text("admin.conflict.kept"));
            }
        } else if (failure instanceof ApiException e && !e.problems().isEmpty()) {
            serverProblems = e.problems().stream().map(p -> new FieldIssue(p.field(), p.message(), true)).toList();
            setNotice(messages.errorMessage(e));
            recompute();
        } else {
            prompts.warn(messages.text("error.title"), messages.errorMessage(failure));
        }
    }

    private void recompute() {
        revision++;
        fire(Property.DRAFT, revision - 1, revision);
        item = draft.toItem();
        List<FieldIssue> found = new ArrayList<>();
        if (open) {
            found.addAll(StepLimitRow.check(draft.stepLimits, messages));
            ServiceItemRules.check(item, riskyItemsMayDefer != null && riskyItemsMayDefer)
                    .forEach(v -> found.add(new FieldIssue(v.field(), v.message(), false)));
        }
        violations = List.copyOf(found);
        List<FieldIssue> all = new ArrayList<>(violations);
        all.addAll(serverProblems);
        List<FieldIssue> oldIssues = issues;
        issues = List.copyOf(all);
        fire(Property.ISSUES, oldIssues, issues);
        boolean oldDirty = dirty;
        dirty = open && (loaded == null || !item.equals(loaded.item()));
        fire(Property.DIRTY, oldDirty, dirty);
        updateCanSave();
    }

    private void updateCanSave() {
        boolean old = canSave;
        // an unchanged draft is never sent: the server would only repeat the version it has
        canSave = open && dirty && !busy && violations.isEmpty() && effectiveFromError == null;
        fire(Property.CAN_SAVE, old, canSave);
        boolean oldWithdraw = canWithdraw;
        canWithdraw = open && loaded != null && loaded.inForce() && !dirty && !busy && effectiveFromError == null;
        fire(Property.CAN_WITHDRAW, oldWithdraw, canWithdraw);
    }

    private void setBusy(boolean value) {
        boolean old = busy;
        busy = value;
        fire(Property.BUSY, old, busy);
        updateCanSave();
    }

    private void setNotice(String value) {
        String old = notice;
        notice = value;
        fire(Property.NOTICE, old, notice);
    }

    private record Loaded(VersionedItem inForce, List<VersionedItem> history, boolean riskyItemsMayDefer) {
    }

    private record Saved(VersionedItem version, Loaded reloaded) {
    }
}
