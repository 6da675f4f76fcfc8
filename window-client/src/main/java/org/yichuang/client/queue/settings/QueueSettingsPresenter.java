package org.yichuang.client.queue.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;
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
        tasks.submit(api::queueSettings, this::loaded, failure -> {
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

    private void loaded(QueueSettingsView view) {
        set(state.withLoaded(view.version(), view.settings()));
    }

    /** Saves the draft with the version it was based on (Ctrl+S). */
    public void save() {
        if (!state.loadedOnce() || state.busy()) {
            return;
        }
        QueueSettingsChange change = new QueueSettingsChange(state.version(), state.draft());
        set(state.withSaving(true).withProblems(List.of(), null));
        tasks.submit(() -> api.saveQueueSettings(change), saved -> {
            set(state.withLoaded(saved.version(), saved.settings())
                    .withNotice(messages.text("queue.settings.saved", saved.version())));
        }, this::saveFailed);
    }

    private void saveFailed(Throwable failure) {
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
