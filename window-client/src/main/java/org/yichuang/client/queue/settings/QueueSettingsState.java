package org.yichuang.client.queue.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yichuang.core.api.queue.BookingCapacity;
import org.yichuang.core.error.Problem;
import org.yichuang.core.queue.BookingSlots;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;

/**
 * What the 叫号设置 page shows, as one immutable value: the settings as loaded and as edited, what runs in the
 * background, and the problems of the last refused save.
 *
 * @param version  the version the edits are based on (0: the hall has saved none); null before the first load
 * @param loaded   the settings as the server sent them; null before the first load
 * @param draft    the settings as edited; null before the first load
 * @param loading  true while the settings load
 * @param saving   true while a save runs
 * @param problems every problem of the last refused save, in the server's order
 * @param focus    the field path ({@code categories[1].name}) the page should focus, or null
 * @param notice   a one-line message under the toolbar (saved, reloaded after a conflict), or null
 * @param capacities the places per booking slot as the server holds them (每时段可预约人数), one per category offering
 *                   booking in the loaded settings
 * @param capacityDraft the places per slot as edited, by category code; saved with the settings
 */
public record QueueSettingsState(Integer version, QueueSettings loaded, QueueSettings draft, boolean loading,
        boolean saving, List<Problem> problems, String focus, String notice, List<BookingCapacity> capacities,
        Map<String, Integer> capacityDraft) {

    /** Copies the problem list. */
    public QueueSettingsState {
        problems = List.copyOf(problems);
        capacities = List.copyOf(capacities);
        capacityDraft = Map.copyOf(capacityDraft);
    }

    /** The state before anything is loaded. */
    static QueueSettingsState initial() {
        return new QueueSettingsState(null, null, null, false, false, List.of(), null, null, List.of(), Map.of());
    }

    /** Returns true once settings are on show. */
    public boolean loadedOnce() {
        return draft != null;
    }

    /** Returns true when the draft or a place per slot differs from what the server holds. */
    public boolean dirty() {
        return draft != null && (!Objects.equals(draft, loaded) || !changedCapacities().isEmpty());
    }

    /** The places per slot of a category as shown: as edited, else as stored, else the default. */
    public int capacity(String categoryCode) {
        Integer edited = capacityDraft.get(categoryCode);
        return edited != null ? edited : storedCapacity(categoryCode);
    }

    /** Returns true while a category runs on the default places per slot (never set, not edited). */
    public boolean defaultCapacity(String categoryCode) {
        return !capacityDraft.containsKey(categoryCode) && capacities.stream()
                .noneMatch(c -> c.categoryCode().equals(categoryCode) && c.set());
    }

    private int storedCapacity(String categoryCode) {
        return capacities.stream().filter(c -> c.categoryCode().equals(categoryCode)).findFirst()
                .map(BookingCapacity::slotCapacity).orElse(BookingSlots.DEFAULT_CAPACITY);
    }

    /** The categories of the draft offering booking: the rows of the 预约名额 table. */
    public List<QueueCategory> bookingCategories() {
        return draft == null ? List.of() : draft.categories().stream().filter(QueueCategory::bookingOffered).toList();
    }

    /** The edited places per slot that differ from the stored ones, of categories (still) offering booking. */
    public Map<String, Integer> changedCapacities() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (QueueCategory c : bookingCategories()) {
            Integer edited = capacityDraft.get(c.code());
            if (edited != null && edited != storedCapacity(c.code())) {
                out.put(c.code(), edited);
            }
        }
        return out;
    }

    /** Returns true while a server call of the page runs. */
    public boolean busy() {
        return loading || saving;
    }

    /** Returns the problems whose field starts with {@code prefix} (e.g. {@code categories[2]}). */
    public List<Problem> problemsAt(String prefix) {
        return problems.stream().filter(p -> p.field() != null && (p.field().equals(prefix)
                || p.field().startsWith(prefix + ".") || p.field().startsWith(prefix + "["))).toList();
    }

    QueueSettingsState withCapacities(List<BookingCapacity> stored) {
        return new QueueSettingsState(version, loaded, draft, loading, saving, problems, focus, notice, stored,
                Map.of());
    }

    QueueSettingsState withCapacity(String categoryCode, int places) {
        Map<String, Integer> edited = new LinkedHashMap<>(capacityDraft);
        edited.put(categoryCode, places);
        return new QueueSettingsState(version, loaded, draft, loading, saving, problems, null, null, capacities,
                edited);
    }

    QueueSettingsState withLoaded(int newVersion, QueueSettings settings) {
        return new QueueSettingsState(newVersion, settings, settings, false, false, List.of(), null, notice, capacities, capacityDraft);
    }

    QueueSettingsState withDraft(QueueSettings value) {
        return new QueueSettingsState(version, loaded, value, loading, saving, problems, null, null, capacities, capacityDraft);
    }

    QueueSettingsState withLoading(boolean value) {
        return new QueueSettingsState(version, loaded, draft, value, saving, problems, focus, notice, capacities, capacityDraft);
    }

    QueueSettingsState withSaving(boolean value) {
        return new QueueSettingsState(version, loaded, draft, loading, value, problems, focus, notice, capacities, capacityDraft);
    }

    QueueSettingsState withProblems(List<Problem> value, String focusField) {
        return new QueueSettingsState(version, loaded, draft, loading, saving, value, focusField, null, capacities, capacityDraft);
    }

    QueueSettingsState withNotice(String value) {
        return new QueueSettingsState(version, loaded, draft, loading, saving, problems, focus, value, capacities, capacityDraft);
    }

    QueueSettingsState withFocus(String value) {
        return new QueueSettingsState(version, loaded, draft, loading, saving, problems, value, notice, capacities, capacityDraft);
    }
}
