package org.yichuang.client.admin.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.yichuang.client.admin.item.ItemDraft;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.catalog.BundleMaterials;
import org.yichuang.core.catalog.BundleRules;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.MergedMaterial;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.catalog.Violation;

/**
 * State of the bundle (一件事) administration: the bundles, the one being edited (code, name, description, member
 * items in handling order) and the merged material list (一表申报) it asks of the applicant.
 */
public final class BundlePresenter extends ObservableModel<BundlePresenter.Property> {
    /** Observable properties. */
    public enum Property {
        BUNDLES, SELECTED_CODE, OPEN, CODE, NAME, DESCRIPTION, MEMBERS, SELECTED_MEMBER, ISSUES, DIRTY, CAN_SAVE,
        CAN_DELETE, PREVIEW, BUSY, CANDIDATE, RUN_MODE, LIMIT_TEXT, LIMIT_UNIT
    }

    /** Bundle codes as the catalog format writes them: letters, digits and hyphens. */
    private static final String CODE_PATTERN = "[A-Za-z0-9-]{1,64}";

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private final Function<String, String> itemNames;
    private final Map<String, ServiceItem> fetched = new HashMap<>();

    private List<ServiceBundle> bundles = List.of();
    private ServiceBundle loaded;
    private boolean open;
    private String code = "";
    private String name = "";
    private String description = "";
    private List<String> members = List.of();
    private int selectedMember = -1;
    private List<String> issues = List.of();
    private boolean dirty;
    private boolean canSave;
    private boolean canDelete;
    private boolean busy;
    private List<MergedMaterial> preview = List.of();
    private BackgroundTasks.TaskHandle previewTask;
    private String candidate;
    private BundleRunMode runMode = BundleRunMode.PARALLEL;
    /** The own limit as typed (一件事承诺时限); blank for none. */
    private String limitText = "";
    private LimitUnit limitUnit = LimitUnit.WORKING_DAYS;

    /** Creates the presenter; {@code itemNames} names a member item by its implementation code (实施编码). */
    public BundlePresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            Function<String, String> itemNames) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.prompts = prompts;
        this.itemNames = itemNames;
    }

    public List<ServiceBundle> bundles() {
        return bundles;
    }

    /** Returns the code of the stored bundle being edited, or null for a new one. */
    public String selectedCode() {
        return loaded == null ? null : loaded.code();
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isNew() {
        return open && loaded == null;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Returns whether the members run in parallel (并联) or in order (串联). */
    public BundleRunMode runMode() {
        return runMode;
    }

    /** Returns the own limit as typed; blank when the bundle has none. */
    public String limitText() {
        return limitText;
    }

    public LimitUnit limitUnit() {
        return limitUnit;
    }

    public void setRunMode(BundleRunMode value) {
        BundleRunMode old = runMode;
        runMode = value == null ? BundleRunMode.PARALLEL : value;
        fire(Property.RUN_MODE, old, runMode);
        recompute();
    }

    public void setLimitText(String value) {
        String old = limitText;
        limitText = value == null ? "" : value;
        fire(Property.LIMIT_TEXT, old, limitText);
        recompute();
    }

    public void setLimitUnit(LimitUnit value) {
        LimitUnit old = limitUnit;
        limitUnit = value == null ? LimitUnit.WORKING_DAYS : value;
        fire(Property.LIMIT_UNIT, old, limitUnit);
        recompute();
    }

    /** Returns the member items' implementation codes, in handling order. */
    public List<String> members() {
        return members;
    }

    public int selectedMember() {
        return selectedMember;
    }

    public List<String> issues() {
        return issues;
    }

    public boolean isDirty() {
        return dirty;
    }

    public boolean canSave() {
        return canSave;
    }

    /** Returns true when a stored bundle is open and nothing runs. */
    public boolean canDelete() {
        return canDelete;
    }

    public boolean isBusy() {
        return busy;
    }

    /** Returns the merged material list of the members (empty while it is fetched). */
    public List<MergedMaterial> preview() {
        return preview;
    }

    /** Returns the name of an item for display. */
    public String itemName(String implementationCode) {
        return itemNames.apply(implementationCode);
    }

    /** Loads the bundles; keeps the open one open when it still exists. */
    public void load() {
        setBusy(true);
        tasks.submit(api::listBundles, list -> {
            setBusy(false);
            List<ServiceBundle> old = bundles;
            bundles = List.copyOf(list);
            fire(Property.BUNDLES, old, bundles);
        }, this::failed);
    }

    /** Asks before throwing away unsaved changes; true when there are none or the administrator agrees. */
    public boolean confirmDiscard() {
        if (!dirty) {
            return true;
        }
        return prompts.confirm(messages.text("admin.discard.title"), messages.text("admin.discard.message",
                name.isBlank() ? messages.text("admin.bundle.unnamed") : name.strip()));
    }

    /** Opens a stored bundle for editing (asks about unsaved changes first); false when the administrator stayed. */
    public boolean select(String bundleCode) {
        if (Objects.equals(bundleCode, selectedCode()) && open) {
            return true;
        }
        if (!confirmDiscard()) {
            fire(Property.SELECTED_CODE, "", selectedCode());
            return false;
        }
        ServiceBundle bundle = bundles.stream().filter(b -> b.code().equals(bundleCode)).findFirst().orElse(null);
        startEditing(bundle);
        return true;
    }

    /** Starts a new bundle (新建一件事). */
    public void newBundle() {
        if (confirmDiscard()) {
            startEditing(null);
        }
    }

    private void startEditing(ServiceBundle bundle) {
        String oldCode = selectedCode();
        loaded = bundle;
        fire(Property.SELECTED_CODE, oldCode, selectedCode());
        boolean wasOpen = open;
        open = true;
        fire(Property.OPEN, wasOpen, open);
        setCode(bundle == null ? "" : bundle.code());
        setName(bundle == null ? "" : bundle.name());
        setDescription(bundle == null ? "" : bundle.description());
        setMembers(bundle == null ? List.of() : bundle.itemCodes());
        setRunMode(bundle == null ? BundleRunMode.PARALLEL : bundle.runMode());
        TimeLimit own = bundle == null ? null : bundle.promisedLimit();
        setLimitText(own == null ? "" : String.valueOf(own.value()));
        setLimitUnit(own == null ? LimitUnit.WORKING_DAYS : own.unit());
        setSelectedMember(members.isEmpty() ? -1 : 0);
        recompute();
    }

    public void setCode(String value) {
        String old = code;
        code = value == null ? "" : value;
        fire(Property.CODE, old, code);
        recompute();
    }

    public void setName(String value) {
        String old = name;
        name = value == null ? "" : value;
        fire(Property.NAME, old, name);
        recompute();
    }

    public void setDescription(String value) {
        String old = description;
        description = value == null ? "" : value;
        fire(Property.DESCRIPTION, old, description);
        recompute();
    }

    /** Adds an item at the end of the handling order; an item already in the bundle is not added twice. */
    public void addMember(String implementationCode) {
        if (!open || implementationCode == null || members.contains(implementationCode)) {
            return;
        }
        List<String> next = new ArrayList<>(members);
        next.add(implementationCode);
        setMembers(next);
        setSelectedMember(next.size() - 1);
    }

    /** Sets the item picked in the catalog list, the one 加入事项 would add. */
    public void setCandidate(String implementationCode) {
        String old = candidate;
        candidate = implementationCode;
        fire(Property.CANDIDATE, old, candidate);
    }

    public String candidate() {
        return candidate;
    }

    /** Returns true when the picked item can join the open bundle. */
    public boolean canAddCandidate() {
        return open && candidate != null && !members.contains(candidate);
    }

    /** Adds the picked item at the end of the handling order. */
    public void addCandidate() {
        if (canAddCandidate()) {
            addMember(candidate);
        }
    }

    /** Removes the selected member item. */
    public void removeMember() {
        if (selectedMember < 0 || selectedMember >= members.size()) {
            return;
        }
        int at = selectedMember;
        List<String> next = new ArrayList<>(members);
        next.remove(at);
        setMembers(next);
        setSelectedMember(Math.min(at, next.size() - 1));
    }

    /** Moves the selected member up ({@code -1}) or down ({@code +1}) in the handling order. */
    public void moveMember(int delta) {
        if (!canMoveMember(delta)) {
            return;
        }
        int from = selectedMember;
        List<String> next = new ArrayList<>(members);
        next.add(from + delta, next.remove(from));
        setMembers(next);
        setSelectedMember(from + delta);
    }

    /** Returns true when the selected member can move by {@code delta}. */
    public boolean canMoveMember(int delta) {
        int to = selectedMember + delta;
        return open && selectedMember >= 0 && to >= 0 && to < members.size();
    }

    public void setSelectedMember(int index) {
        int old = selectedMember;
        selectedMember = index;
        fire(Property.SELECTED_MEMBER, old, selectedMember);
    }

    /** Saves when possible, else tells why not (Ctrl+S never silently does nothing). */
    public void saveOrExplain() {
        if (canSave) {
            save();
            return;
        }
        String why = busy ? messages.text("admin.save.why.busy")
                : !open ? messages.text("admin.bundle.save.why.closed")
                : !issues.isEmpty() ? messages.text("admin.bundle.save.why.issues", String.join("；", issues))
                : messages.text("admin.save.why.unchanged");
        prompts.inform(messages.text("admin.save.why.title"), why);
    }

    /** Saves the bundle (创建或替换), off the EDT. */
    public void save() {
        if (!canSave) {
            return;
        }
        ServiceBundle bundle = draft();
        setBusy(true);
        tasks.submit(() -> {
            ServiceBundle saved = api.saveBundle(bundle);
            return new Saved(saved, api.listBundles());
        }, saved -> {
            setBusy(false);
            List<ServiceBundle> old = bundles;
            bundles = List.copyOf(saved.bundles());
            fire(Property.BUNDLES, old, bundles);
            startEditing(saved.bundle());
        }, this::failed);
    }

    /** Deletes the open bundle after confirmation (删除一件事). */
    public void delete() {
        if (!canDelete() || !prompts.confirm(messages.text("admin.bundle.delete.title"),
                messages.text("admin.bundle.delete.message", loaded.name()))) {
            return;
        }
        String doomed = loaded.code();
        setBusy(true);
        tasks.submit(() -> {
            api.deleteBundle(doomed);
            return api.listBundles();
        }, list -> {
            setBusy(false);
            List<ServiceBundle> old = bundles;
            bundles = List.copyOf(list);
            fire(Property.BUNDLES, old, bundles);
            close();
        }, this::failed);
    }

    /** Closes the editor without asking. */
    public void close() {
        String oldCode = selectedCode();
        loaded = null;
        fire(Property.SELECTED_CODE, oldCode, null);
        boolean wasOpen = open;
        open = false;
        fire(Property.OPEN, wasOpen, false);
        setCode("");
        setName("");
        setDescription("");
        setMembers(List.of());
        setRunMode(BundleRunMode.PARALLEL);
        setLimitText("");
        setSelectedMember(-1);
        recompute();
    }

    /** Forgets fetched member items (after an import or an item change) and merges the list again. */
    public void itemsChanged() {
        fetched.clear();
        refreshPreview();
    }

    private ServiceBundle draft() {
        return new ServiceBundle(code.strip(), name.strip(), ItemDraft.orNull(description), members, runMode,
                ownLimit());
    }

    /** The typed own limit, or null when blank or not a whole number (the issues say which). */
    private TimeLimit ownLimit() {
        String t = limitText.strip();
        if (t.isEmpty() || !t.matches("[0-9]{1,5}")) {
            return null;
        }
        return new TimeLimit(Integer.parseInt(t), limitUnit);
    }

    private void setMembers(List<String> value) {
        List<String> old = members;
        members = List.copyOf(value);
        fire(Property.MEMBERS, old, members);
        recompute();
        if (!old.equals(members)) {
            refreshPreview();
        }
    }

    /** Fetches the member items not yet known (getItem), then merges their materials on the EDT. */
    private void refreshPreview() {
        if (previewTask != null) {
            previewTask.cancel();
        }
        List<String> codes = members;
        List<String> missing = codes.stream().filter(c -> !fetched.containsKey(c)).toList();
        if (missing.isEmpty()) {
            setPreview(merge(codes));
            return;
        }
        previewTask = tasks.submit(() -> {
            Map<String, ServiceItem> found = new HashMap<>();
            for (String c : missing) {
                found.put(c, api.getItem(c).item());
            }
            return found;
        }, found -> {
            fetched.putAll(found);
            setPreview(merge(members));
            // the member rules need the members' limits and materials: judged again now that they are here
            recompute();
        }, failure -> setPreview(List.of()));
    }

    private List<MergedMaterial> merge(List<String> codes) {
        List<ServiceItem> items = codes.stream().map(fetched::get).filter(Objects::nonNull).toList();
        return BundleMaterials.merge(items);
    }

    private void setPreview(List<MergedMaterial> value) {
        List<MergedMaterial> old = preview;
        preview = value;
        fire(Property.PREVIEW, old, preview);
    }

    private void recompute() {
        List<String> found = new ArrayList<>();
        if (open) {
            String c = code.strip();
            if (c.isEmpty()) {
                found.add(messages.text("admin.bundle.issue.codeRequired"));
            } else if (!c.matches(CODE_PATTERN)) {
                found.add(messages.text("admin.bundle.issue.codeFormat"));
            } else if (loaded == null && bundles.stream().anyMatch(b -> b.code().equalsIgnoreCase(c))) {
                // saveBundle replaces by code: a new bundle must not silently overwrite an existing one
                found.add(messages.text("admin.bundle.issue.codeTaken", c));
            }
            if (name.isBlank()) {
                found.add(messages.text("admin.bundle.issue.nameRequired"));
            }
            if (members.size() < 2) {
                found.add(messages.text("admin.bundle.issue.twoItems"));
            }
            String limit = limitText.strip();
            if (!limit.isEmpty() && !limit.matches("[0-9]{1,5}")) {
                found.add(messages.text("admin.bundle.issue.limitNumber"));
            }
            // core's member rules with the members fetched so far (the server checks them again on save)
            Map<String, ServiceItem> known = new HashMap<>(fetched);
            known.keySet().retainAll(members);
            for (Violation v : BundleRules.check(draft(), known)) {
                found.add(v.message());
            }
        }
        List<String> oldIssues = issues;
        issues = List.copyOf(found);
        fire(Property.ISSUES, oldIssues, issues);
        boolean oldDirty = dirty;
        dirty = open && (loaded == null || !draft().equals(loaded));
        fire(Property.DIRTY, oldDirty, dirty);
        updateEnabled();
    }

    private void updateEnabled() {
        boolean old = canSave;
        canSave = open && dirty && issues.isEmpty() && !busy;
        fire(Property.CAN_SAVE, old, canSave);
        boolean oldDelete = canDelete;
        canDelete = open && loaded != null && !busy;
        fire(Property.CAN_DELETE, oldDelete, canDelete);
    }

    private void failed(Throwable failure) {
        setBusy(false);
        prompts.warn(messages.text("error.title"), messages.errorMessage(failure));
    }

    private void setBusy(boolean value) {
        boolean old = busy;
        busy = value;
        fire(Property.BUSY, old, busy);
        updateEnabled();
    }

    private record Saved(ServiceBundle bundle, List<ServiceBundle> bundles) {
    }
}
