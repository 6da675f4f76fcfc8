package org.yichuang.client.queue.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.AdminFixture;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.DailyCap;
import org.yichuang.core.queue.MissedCallPolicy;
import org.yichuang.core.queue.PriorityOrdering;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;

class QueueSettingsPresenterTest {
    private final FakeHallApi api = new FakeHallApi(AdminFixture.CLOCK);
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private QueueSettingsPresenter presenter;

    @BeforeEach
    void signIn() {
        api.signIn(new SignInRequest(FakeHallApi.ADMIN, FakeHallApi.ADMIN_PASSWORD, null));
        presenter = new QueueSettingsPresenter(api, tasks, messages, prompts);
        presenter.load();
    }

    @Test
    void the_defaults_load_as_version_0_and_nothing_is_unsaved() {
        QueueSettingsState s = presenter.state();
        assertThat(s.version()).isZero();
        assertThat(s.draft().categories()).extracting(QueueCategory::name).containsExactly("综合受理");
        assertThat(s.dirty()).isFalse();
        assertThat(s.busy()).isFalse();
    }

    @Test
    void edits_make_a_new_immutable_draft_and_saving_sends_them_with_the_version_they_were_based_on() {
        QueueSettings before = presenter.state().draft();
        presenter.addCategory();
        presenter.setElderlyAge(70);
        presenter.setMissed(new MissedCallPolicy(2, Duration.ofMinutes(3), false));
        presenter.setHoldTime(Duration.ofMinutes(15));
        presenter.setDayReset(LocalTime.of(2, 30));
        presenter.setOrdering(PriorityOrdering.DEDICATED_COUNTER);
        presenter.setPriority(PriorityReason.GREEN_CHANNEL, true);
        presenter.setAssignment(0, new CounterAssignment(1, "GENERAL", 1, true));
        presenter.addAssignment();

        assertThat(before.categories()).hasSize(1);   // the loaded value never changes
        QueueSettings draft = presenter.state().draft();
        assertThat(draft.categories()).extracting(QueueCategory::prefix).containsExactly('A', 'B');
        assertThat(draft.assignments()).last().extracting(CounterAssignment::counterNo, CounterAssignment::categoryCode)
                .containsExactly(4, "GENERAL");
        assertThat(presenter.state().dirty()).isTrue();

        presenter.setAssignment(3, new CounterAssignment(4, draft.categories().get(1).code(), 2, false));
        presenter.save();

        assertThat(presenter.state().version()).isEqualTo(1);
        assertThat(presenter.state().dirty()).isFalse();
        assertThat(presenter.state().notice()).contains("第 1 版");
        QueueSettings stored = api.queueSettings().settings();
        assertThat(stored.elderly().threshold()).isEqualTo(70);
        assertThat(stored.missed()).isEqualTo(new MissedCallPolicy(2, Duration.ofMinutes(3), false));
        assertThat(stored.holdTime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(stored.dayReset()).isEqualTo(LocalTime.of(2, 30));
        assertThat(stored.priority()).contains(PriorityReason.GREEN_CHANNEL);
        assertThat(stored.ordering()).isEqualTo(PriorityOrdering.DEDICATED_COUNTER);
    }

    @Test
    void a_refused_save_lists_every_problem_and_asks_to_focus_the_first_field_at_fault() {
        QueueCategory general = presenter.state().draft().categories().get(0);
        presenter.setCategory(0, new QueueCategory(general.code(), "", general.prefix(), List.of(),
                general.windows(), null, false, true));
        presenter.setDayReset(LocalTime.of(9, 0));   // inside 08:30–12:00
        presenter.save();

        QueueSettingsState s = presenter.state();
        assertThat(s.problems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(s.problems()).extracting(p -> p.field()).contains("categories[0].name", "dayReset");
        assertThat(s.focus()).isEqualTo(s.problems().get(0).field());
        assertThat(s.notice()).contains(s.problems().size() + " 处");
        assertThat(s.version()).as("nothing saved").isZero();
        assertThat(s.dirty()).isTrue();

        presenter.focused();
        assertThat(presenter.state().focus()).isNull();
        presenter.focus(s.problems().get(1));
        assertThat(presenter.state().focus()).isEqualTo(s.problems().get(1).field());
    }

    @Test
    void a_save_that_lost_against_another_administrator_says_so_and_shows_their_settings() {
        QueueSettings theirs = presenter.state().draft();
        QueueSettings changed = new QueueSettings(theirs.categories(), theirs.assignments(), theirs.priority(),
                theirs.ordering(), new org.yichuang.core.queue.ElderlyPriority(65), theirs.missed(),
                theirs.holdTime(), theirs.dayReset(), theirs.booking());
        api.savedElsewhere(changed);
        presenter.setHoldTime(Duration.ofMinutes(20));
        presenter.save();

        assertThat(prompts.warnings()).singleElement().asString().contains("其他管理员").contains("重新载入");
        assertThat(presenter.state().version()).isEqualTo(1);
        assertThat(presenter.state().draft()).isEqualTo(changed);
        assertThat(presenter.state().dirty()).isFalse();
        assertThat(presenter.state().notice()).contains("其他管理员");
    }

    @Test
    void a_cap_is_only_taken_where_booking_is_offered_and_goes_when_booking_is_turned_off() {
        presenter.setCap(0, new DailyCap(100, 90));
        assertThat(presenter.state().draft().categories().get(0).cap()).as("no booking, no cap").isNull();

        QueueCategory c = presenter.state().draft().categories().get(0);
        presenter.setCategory(0, new QueueCategory(c.code(), c.name(), c.prefix(), c.itemCodes(), c.windows(), null,
                true, true));
        presenter.setCap(0, new DailyCap(100, 90));
        assertThat(presenter.state().draft().categories().get(0).cap()).isEqualTo(new DailyCap(100, 90));

        c = presenter.state().draft().categories().get(0);
        presenter.setCategory(0, new QueueCategory(c.code(), c.name(), c.prefix(), c.itemCodes(), c.windows(), c.cap(),
                false, true));
        assertThat(presenter.state().draft().categories().get(0).cap()).isNull();
    }

    @Test
    void removing_a_category_removes_its_counters_and_renaming_its_code_carries_them_along() {
        presenter.addCategory();
        String added = presenter.state().draft().categories().get(1).code();
        presenter.addAssignment();
        int last = presenter.state().draft().assignments().size() - 1;
        presenter.setAssignment(last, new CounterAssignment(9, added, 1, false));
        QueueCategory c = presenter.state().draft().categories().get(1);
        presenter.setCategory(1, new QueueCategory("PROPERTY", "不动产", c.prefix(), List.of(), c.windows(), null,
                false, true));
        assertThat(presenter.state().draft().servedBy(9)).extracting(CounterAssignment::categoryCode)
                .containsExactly("PROPERTY");

        presenter.removeCategory(1);
        assertThat(presenter.state().draft().servedBy(9)).isEmpty();
    }

    @Test
    void reloading_with_unsaved_edits_asks_first_and_keeps_them_when_the_answer_is_no() {
        presenter.setElderlyAge(75);
        prompts.answer(false);
        presenter.reload();
        assertThat(presenter.state().draft().elderly().threshold()).isEqualTo(75);
        prompts.answer(true);
        presenter.reload();
        assertThat(presenter.state().draft().elderly().threshold()).isEqualTo(60);
        assertThat(prompts.questions()).hasSize(2);
    }

    @Test
    void an_unreadable_time_is_refused_with_a_message_and_the_draft_unchanged() {
        QueueSettings before = presenter.state().draft();
        presenter.refuseInput("queue.settings.windows.unreadable", "8点半");
        assertThat(presenter.state().notice()).contains("8点半").contains("08:30-12:00");
        assertThat(presenter.state().draft()).isEqualTo(before);
        assertThat(WindowsText.parse("8:30-12:00，13：00～17:30")).hasValueSatisfying(w -> assertThat(w)
                .extracting(Object::toString).containsExactly("08:30–12:00", "13:00–17:30"));
        assertThat(WindowsText.parse("8点半-12点")).isEmpty();
    }

    @Test
    void a_failed_load_warns_and_leaves_the_page_empty() {
        QueueSettingsPresenter fresh = new QueueSettingsPresenter(api, tasks, messages, prompts);
        api.failNextWith(ErrorCode.SERVER_UNREACHABLE);
        fresh.load();
        assertThat(fresh.state().loadedOnce()).isFalse();
        assertThat(fresh.state().loading()).isFalse();
        assertThat(prompts.warnings()).hasSize(1);
    }

    // issue 12: booking capacities and the item picker

    private void offerBookingInGeneral() {
        QueueCategory g = presenter.state().draft().categories().get(0);
        presenter.setCategory(0, new QueueCategory(g.code(), g.name(), g.prefix(), g.itemCodes(), g.windows(), null,
                true, g.active()));
    }

    @Test
    void a_category_given_booking_shows_the_default_places_and_an_edited_capacity_is_saved_after_the_settings() {
        assertThat(presenter.state().bookingCategories()).as("the defaults offer no booking").isEmpty();
        offerBookingInGeneral();
        assertThat(presenter.state().bookingCategories()).extracting(QueueCategory::code).containsExactly("GENERAL");
        assertThat(presenter.state().capacity("GENERAL")).isEqualTo(5);
        assertThat(presenter.state().defaultCapacity("GENERAL")).isTrue();

        presenter.setCapacity("GENERAL", 8);
        assertThat(presenter.state().dirty()).isTrue();
        presenter.save();

        assertThat(presenter.state().version()).isEqualTo(1);
        assertThat(api.capacityChanges()).containsExactly("GENERAL=8");
        assertThat(api.bookingCapacities()).singleElement().satisfies(c -> {
            assertThat(c.slotCapacity()).isEqualTo(8);
            assertThat(c.set()).isTrue();
        });
        assertThat(presenter.state().capacity("GENERAL")).isEqualTo(8);
        assertThat(presenter.state().defaultCapacity("GENERAL")).isFalse();
        assertThat(presenter.state().dirty()).isFalse();
    }

    @Test
    void changing_only_a_capacity_saves_no_new_settings_version() {
        offerBookingInGeneral();
        presenter.save();
        presenter.setCapacity("GENERAL", 3);
        presenter.save();
        assertThat(presenter.state().version()).isEqualTo(1);
        assertThat(api.queueSettings().version()).isEqualTo(1);
        assertThat(api.capacityChanges()).containsExactly("GENERAL=3");
        assertThat(presenter.state().dirty()).isFalse();
    }

    @Test
    void a_capacity_outside_0_to_1000_is_refused_with_a_notice_and_changes_nothing() {
        offerBookingInGeneral();
        presenter.setCapacity("GENERAL", 1001);
        assertThat(presenter.state().notice()).contains("0 到 1000").contains("1001");
        assertThat(presenter.state().capacity("GENERAL")).isEqualTo(5);
        presenter.setCapacity("GENERAL", -1);
        assertThat(presenter.state().capacityDraft()).isEmpty();
    }

    @Test
    void a_capacity_refused_by_the_server_after_the_settings_saved_keeps_the_saved_version_and_the_typed_places() {
        offerBookingInGeneral();
        presenter.setCapacity("GENERAL", 8);
        api.failCapacityWith(ErrorCode.FIELD_TOO_LONG);
        presenter.save();
        assertThat(presenter.state().version()).as("the settings were saved").isEqualTo(1);
        assertThat(presenter.state().capacity("GENERAL")).as("kept for another try").isEqualTo(8);
        assertThat(presenter.state().dirty()).isTrue();
        assertThat(prompts.warnings()).isNotEmpty();
        presenter.save();
        assertThat(api.capacityChanges()).containsExactly("GENERAL=8");
        assertThat(presenter.state().version()).isEqualTo(1);
    }

    @Test
    void items_chosen_in_the_picker_replace_the_categorys_items() {
        presenter.setItems(0, List.of("ITEM-2", "ITEM-1"));
        assertThat(presenter.state().draft().categories().get(0).itemCodes()).containsExactly("ITEM-2", "ITEM-1");
        assertThat(presenter.state().dirty()).isTrue();
        presenter.setItems(5, List.of("ITEM-3"));   // no such row: nothing
        assertThat(presenter.state().draft().categories()).hasSize(1);
    }
}
