package org.yichuang.client.queue.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.queue.BookingCapacity;
import org.yichuang.core.api.queue.BookingCapacityChange;
import org.yichuang.core.api.queue.QueueSettingsChange;
import org.yichuang.core.api.queue.QueueSettingsView;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.DailyCap;
import org.yichuang.core.queue.ElderlyPriority;
import org.yichuang.core.queue.IssuingWindow;
import org.yichuang.core.queue.MissedCallPolicy;
import org.yichuang.core.queue.PriorityOrdering;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;

/**
 * The 叫号设置 page (ADMIN): loads the hall's queue settings, keeps the administrator's edits as one immutable
 * {@link QueueSettingsState}, and saves them whole with the version they were based on. The server checks them with
 * core's {@code QueueSettingsRules}: a refusal lists every problem and names the first field at fault, which the page
 * focuses; a save that lost against another administrator's reloads the stored settings and says so. Every server call
 * goes through the task funnel, never on the EDT.
 */
public final class QueueSettingsPresenter extends ObservableModel<QueueSettingsPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE }

    /** The most places per slot the server takes. */
    public static final int MAX_CAPACITY = 1000;

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private QueueSettingsState state = QueueSettingsState.initial();

    /** Creates the presenter around one administrator's API. */
    public QueueSettingsPresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.prompts = prompts;
    }

    public QueueSettingsState state() {
        return state;
    }

    /** Loads (or reloads) the stored settings; unsaved edits are dropped, so ask {@link #confirmDiscard} first. */
    public void load() {
        if (state.loading()) {
            return;
        }
        set(state.withLoading(true));
        tasks.submit(() -> new Loaded(api.queueSettings(), api.bookingCapacities()), this::loaded, failure -> {
            set(state.withLoading(false));
            prompts.warn(messages.text("queue.settings.title"), messages.errorMessage(failure));
        });
    }

    /** Reloads after asking when there are unsaved edits (重新载入). */
    public void reload() {
        if (confirmDiscard()) {
            set(state.withNotice(null));
            load();
        }
    }

    /** The settings and the places per booking slot, read together. */
    private record Loaded(QueueSettingsView view, List<BookingCapacity> capacities) {
    }

    private void loaded(Loaded loaded) {
        set(state.withLoaded(loaded.view().version(), loaded.view().settings()).withCapacities(loaded.capacities()));
    }

    /** Saves the draft with the version it was based on (Ctrl+S). */
    public void save() {
        if (!state.loadedOnce() || state.busy()) {
            return;
        }
        // the settings first (a category just given booking exists on the server only then), then each place per
        // slot changed; unchanged settings are not saved again, so changing a capacity makes no new version
        QueueSettingsChange change = new QueueSettingsChange(state.version(), state.draft());
        boolean settingsChanged = !Objects.equals(state.draft(), state.loaded());
        Map<String, Integer> capacities = state.changedCapacities();
        int version = state.version();
        set(state.withSaving(true).withProblems(List.of(), null));
        tasks.submit(() -> {
            QueueSettingsView saved = settingsChanged ? api.saveQueueSettings(change) : null;
            try {
                capacities.forEach((code, places) -> api.setBookingCapacity(code, new BookingCapacityChange(places)));
                return new Saved(saved, api.bookingCapacities());
            } catch (RuntimeException e) {
                throw saved == null ? e : new CapacityFailure(saved, e);
            }
        }, saved -> {
            QueueSettingsState next = saved.view() == null ? state.withSaving(false).withCapacities(saved.capacities())
                    : state.withLoaded(saved.view().version(), saved.view().settings())
                            .withCapacities(saved.capacities());
            set(next.withNotice(messages.text("queue.settings.saved", saved.view() == null ? version
                    : saved.view().version())));
        }, this::saveFailed);
    }

    /** What a save leaves on the server: the settings (null when unchanged) and the places per slot. */
    private record Saved(QueueSettingsView view, List<BookingCapacity> capacities) {
    }

    /** The settings were saved but a place per slot was refused: the page takes the saved version, then says why. */
    private static final class CapacityFailure extends RuntimeException {
        private final transient QueueSettingsView saved;

        CapacityFailure(QueueSettingsView saved, RuntimeException cause) {
            super(cause);
            this.saved = saved;
        }
    }

    private void saveFailed(Throwable failure) {
        if (failure instanceof CapacityFailure partial) {
            QueueSettingsState keep = state;
            set(state.withLoaded(partial.saved.version(), partial.saved.settings()).withCapacities(keep.capacities()));
            // the places as typed stay on show, so the administrator corrects them and saves again
            keep.capacityDraft().forEach((code, places) -> set(state.withCapacity(code, places)));
            failure = partial.getCause();
        }
        set(state.withSaving(false));
        if (failure instanceof ApiException e && e.code() == ErrorCode.QUEUE_SETTINGS_CONFLICT) {
            // the other administrator's settings win: the stored ones are shown, ours are gone, and we say so
            prompts.warn(messages.text("queue.settings.title"), messages.text("queue.settings.conflict"));
            set(state.withNotice(messages.text("queue.settings.reloaded")));
            load();
        } else if (failure instanceof ApiException e && e.code() == ErrorCode.QUEUE_SETTINGS_INVALID
                && !e.problems().isEmpty()) {
            List<Problem> problems = e.problems();
            set(state.withProblems(problems, problems.get(0).field())
                    .withNotice(messages.text("queue.settings.invalid", problems.size())));
        } else {
            prompts.warn(messages.text("queue.settings.title"), messages.errorMessage(failure));
        }
    }

    /**
     * Sets the places per booking slot of a category (每时段可预约人数, 0–1000), saved with the settings; a value outside
     * the range is refused with a notice and changes nothing.
     */
    public void setCapacity(String categoryCode, int places) {
        if (places < 0 || places > MAX_CAPACITY) {
            set(state.withNotice(messages.text("queue.settings.booking.range", places, MAX_CAPACITY)));
            return;
        }
        if (state.draft() != null && places != state.capacity(categoryCode)) {
            set(state.withCapacity(categoryCode, places));
        }
    }

    /** Sets the items (实施编码) a category serves, as chosen in the item picker. */
    public void setItems(int index, List<String> itemCodes) {
        if (state.draft() == null || index < 0 || index >= state.draft().categories().size()) {
            return;
        }
        QueueCategory c = state.draft().categories().get(index);
        List<String> codes = List.copyOf(itemCodes);
        if (!codes.equals(c.itemCodes())) {
            setCategory(index, new QueueCategory(c.code(), c.name(), c.prefix(), codes, c.windows(), c.cap(),
                    c.bookingOffered(), c.active()));
        }
    }

    /** Says why a typed value was not taken (a time or number that cannot be read); the draft is unchanged. */
    public void refuseInput(String key, String typed) {
        set(state.withNotice(messages.text(key, typed)));
    }

    /** Asks the page to focus the field of {@code problem} (a click in the problem list). */
    public void focus(Problem problem) {
        set(state.withFocus(problem.field()));
    }

    /** The page has moved the focus: the request is done. */
    public void focused() {
        set(state.withFocus(null));
    }

    /** Returns true when nothing unsaved would be lost, asking when something would. */
    public boolean confirmDiscard() {
        return !state.dirty() || prompts.confirm(messages.text("queue.settings.title"),
                messages.text("queue.settings.discard"));
    }

    // --- edits: each replaces the draft with a new immutable value ---

    /** Applies {@code change} to the draft. */
    public void edit(UnaryOperator<QueueSettings> change) {
        if (state.draft() != null) {
            set(state.withDraft(Objects.requireNonNull(change.apply(state.draft()))));
        }
    }

    /** Adds a category with the next free prefix letter and code, issuing during the first category's windows. */
    public void addCategory() {
        edit(s -> {
            char prefix = 'A';
            while (usedPrefix(s, prefix) && prefix < 'Z') {
                prefix++;
            }
            int n = s.categories().size() + 1;
            String code = "CATEGORY_" + n;
            while (s.category(code).isPresent()) {
                code = "CATEGORY_" + ++n;
            }
            List<IssuingWindow> windows = s.categories().isEmpty() ? List.of(
                    new IssuingWindow(LocalTime.of(8, 30), LocalTime.of(12, 0)))
                    : s.categories().get(0).windows();
            List<QueueCategory> all = new ArrayList<>(s.categories());
            all.add(new QueueCategory(code, messages.text("queue.settings.newCategory"), prefix, List.of(), windows,
                    null, false, true));
            return with(s, all, s.assignments());
        });
    }

    private static boolean usedPrefix(QueueSettings s, char prefix) {
        return s.categories().stream().anyMatch(c -> c.prefix() == prefix);
    }

    /** Removes a category and every counter assignment to it. */
    public void removeCategory(int index) {
        edit(s -> {
            if (index < 0 || index >= s.categories().size()) {
                return s;
            }
            String code = s.categories().get(index).code();
            List<QueueCategory> all = new ArrayList<>(s.categories());
            all.remove(index);
            return with(s, all, s.assignments().stream().filter(a -> !Objects.equals(a.categoryCode(), code))
                    .toList());
        });
    }

    /** Replaces one category; a renamed code carries its counter assignments along. */
    public void setCategory(int index, QueueCategory category) {
        edit(s -> {
            List<QueueCategory> all = new ArrayList<>(s.categories());
            String old = all.get(index).code();
            // a cap is only lawful with booking (浙江 12(2)): turning booking off drops it rather than keep a hidden one
            all.set(index, category.bookingOffered() || category.cap() == null ? category
                    : new QueueCategory(category.code(), category.name(), category.prefix(), category.itemCodes(),
                            category.windows(), null, false, category.active()));
            List<CounterAssignment> assignments = s.assignments().stream().map(a -> Objects.equals(a.categoryCode(),
                    old) ? new CounterAssignment(a.counterNo(), category.code(), a.weight(), a.priorityCounter()) : a)
                    .toList();
            return with(s, all, assignments);
        });
    }

    /** Sets a category's daily cap; null for none. Refused (unchanged) where the category takes no booking. */
    public void setCap(int index, DailyCap cap) {
        QueueCategory c = state.draft().categories().get(index);
        if (cap != null && !c.bookingOffered()) {
            return;
        }
        setCategory(index, new QueueCategory(c.code(), c.name(), c.prefix(), c.itemCodes(), c.windows(), cap,
                c.bookingOffered(), c.active()));
    }

    /** Adds a counter assignment: the next counter number, serving the first category. */
    public void addAssignment() {
        edit(s -> {
            int next = s.assignments().stream().mapToInt(CounterAssignment::counterNo).max().orElse(0) + 1;
            String code = s.categories().isEmpty() ? "" : s.categories().get(0).code();
            List<CounterAssignment> all = new ArrayList<>(s.assignments());
            all.add(new CounterAssignment(next, code, 1, false));
            return with(s, s.categories(), all);
        });
    }

    /** Replaces one counter assignment. */
    public void setAssignment(int index, CounterAssignment assignment) {
        edit(s -> {
            List<CounterAssignment> all = new ArrayList<>(s.assignments());
            all.set(index, assignment);
            return with(s, s.categories(), all);
        });
    }

    /** Removes one counter assignment. */
    public void removeAssignment(int index) {
        edit(s -> {
            if (index < 0 || index >= s.assignments().size()) {
                return s;
            }
            List<CounterAssignment> all = new ArrayList<>(s.assignments());
            all.remove(index);
            return with(s, s.categories(), all);
        });
    }

    /** Grants or withdraws a priority reason. */
    public void setPriority(PriorityReason reason, boolean granted) {
        edit(s -> {
            Set<PriorityReason> reasons = s.priority().isEmpty() ? EnumSet.noneOf(PriorityReason.class)
                    : EnumSet.copyOf(s.priority());
            if (granted) {
                reasons.add(reason);
            } else {
                reasons.remove(reason);
            }
            return new QueueSettings(s.categories(), s.assignments(), reasons, s.ordering(), s.elderly(), s.missed(),
                    s.holdTime(), s.dayReset(), s.booking());
        });
    }

    /** Sets how priority tickets are served. */
    public void setOrdering(PriorityOrdering ordering) {
        edit(s -> new QueueSettings(s.categories(), s.assignments(), s.priority(), ordering, s.elderly(), s.missed(),
                s.holdTime(), s.dayReset(), s.booking()));
    }

    /** Sets the 老年人优先 age. */
    public void setElderlyAge(int age) {
        edit(s -> new QueueSettings(s.categories(), s.assignments(), s.priority(), s.ordering(),
                new ElderlyPriority(age), s.missed(), s.holdTime(), s.dayReset(), s.booking()));
    }

    /** Sets the 过号 policy. */
    public void setMissed(MissedCallPolicy missed) {
        edit(s -> new QueueSettings(s.categories(), s.assignments(), s.priority(), s.ordering(), s.elderly(), missed,
                s.holdTime(), s.dayReset(), s.booking()));
    }

    /** Sets the hold (挂起) time. */
    public void setHoldTime(Duration hold) {
        edit(s -> new QueueSettings(s.categories(), s.assignments(), s.priority(), s.ordering(), s.elderly(),
                s.missed(), hold, s.dayReset(), s.booking()));
    }

    /** Sets the time of day numbering restarts. */
    public void setDayReset(LocalTime time) {
        edit(s -> new QueueSettings(s.categories(), s.assignments(), s.priority(), s.ordering(), s.elderly(),
                s.missed(), s.holdTime(), time, s.booking()));
    }

    private static QueueSettings with(QueueSettings s, List<QueueCategory> categories,
            List<CounterAssignment> assignments) {
        return new QueueSettings(categories, assignments, s.priority(), s.ordering(), s.elderly(), s.missed(),
                s.holdTime(), s.dayReset(), s.booking());
    }

    private void set(QueueSettingsState next) {
        QueueSettingsState old = state;
        state = Objects.requireNonNull(next);
        fire(Property.STATE, old, next);
    }
}
