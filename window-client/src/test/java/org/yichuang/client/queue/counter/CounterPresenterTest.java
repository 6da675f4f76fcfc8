package org.yichuang.client.queue.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.Action;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.queue.QueueStreamEvent;
import org.yichuang.core.queue.TicketStatus;
import org.yichuang.server.testing.MutableClock;

/** The counter panel's presenter and actions on the fake hall (counter 3), without a robot. */
class CounterPresenterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));
    private final FakeHallApi api = new FakeHallApi(clock);
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private CounterPresenter counter;
    private CounterActions actions;

    @BeforeEach
    void signIn() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        counter = new CounterPresenter(api, tasks, messages, clock);
        actions = CounterActions.create(messages, counter, prompts);
    }

    private void issue(int n) {
        for (int i = 0; i < n; i++) {
            api.queue().issue();
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void call_next_shows_the_ticket_and_its_wait_and_only_the_commands_its_state_allows() {
        issue(3);
        counter.load();

        assertThat(counter.state().current()).isNull();
        assertThat(counter.state().queue().waiting()).containsEntry("GENERAL", 3);
        assertThat(actions.callNext().isEnabled()).isTrue();
        assertThat(actions.recall().isEnabled()).isFalse();
        assertThat(actions.finish().isEnabled()).isFalse();

        actions.callNext().actionPerformed(null);

        assertThat(counter.state().current().number()).isEqualTo("A001");
        assertThat(counter.state().waited()).as("issued 3 minutes before the call").isEqualTo(Duration.ofMinutes(3));
        assertThat(counter.state().queue().waiting()).containsEntry("GENERAL", 2);
        assertThat(counter.state().notice().text()).isEqualTo("已呼叫 A001 号（综合受理）。");
        assertThat(actions.callNext().isEnabled()).as("one ticket at a time").isFalse();
        assertThat(actions.callNumber().isEnabled()).isFalse();
        assertThat(actions.recall().isEnabled()).isTrue();
        assertThat(actions.start().isEnabled()).isTrue();
        assertThat(actions.finish().isEnabled()).isTrue();
        assertThat(actions.hold().isEnabled()).isTrue();
        assertThat(actions.transfer().isEnabled()).isTrue();
        assertThat(counter.currentTicketId()).isEqualTo(counter.state().current().id());
    }

    @Test
    void recall_keeps_the_count_and_the_button_shows_it() {
        issue(1);
        counter.load();
        counter.callNext();

        actions.recall().actionPerformed(null);

        assertThat(counter.state().current().callCount()).isEqualTo(2);
        assertThat(actions.recall().getValue(Action.NAME)).isEqualTo("重呼（已呼 2 次）");
        assertThat(counter.state().notice().text()).isEqualTo("已重呼 A001 号（第 2 次）。");
    }

    @Test
    void no_show_is_enabled_only_once_the_hall_rule_allows_it_and_says_why_not_before() {
        issue(1);
        counter.load();
        counter.callNext();

        assertThat(actions.missed().isEnabled()).isFalse();
        assertThat(actions.missed().getValue(Action.SHORT_DESCRIPTION))
                .isEqualTo("未到过号条件：已呼 1/3 次，首呼后 0:00/2:00");

        counter.recall();
        counter.recall();
        clock.advance(Duration.ofSeconds(90));
        counter.tick();
        assertThat(actions.missed().isEnabled()).as("three calls, but 90 s only").isFalse();
        assertThat(counter.missedBlockedReason()).isEqualTo("未到过号条件：已呼 3/3 次，首呼后 1:30/2:00");

        clock.advance(Duration.ofSeconds(30));
        counter.tick();
        assertThat(actions.missed().isEnabled()).isTrue();
        actions.missed().actionPerformed(null);

        assertThat(api.queue().status("A001")).isEqualTo(TicketStatus.MISSED);
        assertThat(counter.state().current()).isNull();
        assertThat(actions.callNext().isEnabled()).isTrue();
    }

    @Test
    void start_and_finish_free_the_counter_for_the_next_ticket() {
        issue(2);
        counter.load();
        counter.callNext();

        actions.start().actionPerformed(null);
        assertThat(counter.state().current().status()).isEqualTo(TicketStatus.SERVING);
        assertThat(actions.start().isEnabled()).isFalse();
        assertThat(actions.recall().isEnabled()).isFalse();

        actions.finish().actionPerformed(null);
        assertThat(counter.state().current()).isNull();
        assertThat(api.queue().status("A001")).isEqualTo(TicketStatus.DONE);

        actions.callNext().actionPerformed(null);
        assertThat(counter.state().current().number()).isEqualTo("A002");
    }

    @Test
    void a_stale_screen_shows_the_servers_message_naming_the_counter_that_was_first_and_resyncs() {
        issue(2);
        counter.load();
        api.queue().calledElsewhere("A001", 2);   // this screen still shows two waiting

        counter.callNumber("a001");

        assertThat(counter.state().notice().error()).isTrue();
        assertThat(counter.state().notice().text()).isEqualTo("A001 号已由 2 号窗口处理（已叫号），本窗口不能叫号。");
        assertThat(counter.state().queue().waiting()).as("read again after the refusal").containsEntry("GENERAL", 1);
        assertThat(counter.state().current()).isNull();
        assertThat(tasks.centralFailures()).as("shown in the panel, not in a dialog").isEmpty();
    }

    @Test
    void pause_stops_calling_and_the_key_resumes() {
        issue(1);
        counter.load();

        actions.pause().actionPerformed(null);

        assertThat(counter.state().paused()).isTrue();
        assertThat(actions.callNext().isEnabled()).isFalse();
        assertThat(actions.pause().getValue(Action.NAME)).isEqualTo("恢复服务");

        actions.pause().actionPerformed(null);
        assertThat(counter.state().paused()).isFalse();
        assertThat(actions.pause().getValue(Action.NAME)).isEqualTo("暂停服务");
    }

    @Test
    void commands_are_disabled_while_one_is_in_flight() {
        issue(1);
        counter.load();
        tasks.hold();

        counter.callNext();

        assertThat(counter.state().busy()).isTrue();
        assertThat(actions.callNext().isEnabled()).isFalse();
        assertThat(actions.pause().isEnabled()).isFalse();
        tasks.runNext();   // the call
        tasks.runNext();   // the read after it
        assertThat(counter.state().busy()).isFalse();
        assertThat(counter.state().current().number()).isEqualTo("A001");
    }

    @Test
    void transfer_offers_the_other_counters_of_the_category_and_keeps_the_number() {
        issue(1);
        counter.load();
        counter.callNext();
        prompts.answer("1 号窗口");

        actions.transfer().actionPerformed(null);

        // the fake hall has counters 1–3 (the settings shared with the 叫号设置 tests); this counter is 3
        assertThat(prompts.choiceLists().get(0)).containsExactly("1 号窗口", "2 号窗口");
        assertThat(counter.state().current()).isNull();
        assertThat(api.queue().status("A001")).isEqualTo(TicketStatus.WAITING);
        assertThat(counter.state().notice().text()).isEqualTo("A001 号已转到 1 号窗口。");
    }

    @Test
    void only_events_of_this_counter_or_its_categories_read_the_panel_again() {
        issue(1);
        counter.load();
        List<String> reads = new ArrayList<>();
        counter.addPropertyChangeListener(e -> {
            if (((CounterState) e.getNewValue()).busy()) {
                reads.add("read");
            }
        });

        counter.onEvent(new QueueStreamEvent(1, "CALLED", "B001", "PASSPORT", "CALLED", 7, clock.instant()));
        assertThat(reads).isEmpty();
        counter.onEvent(new QueueStreamEvent(2, "ISSUED", "A002", "GENERAL", "WAITING", null, clock.instant()));
        assertThat(reads).hasSize(1);
        counter.onEvent(new QueueStreamEvent(3, "COUNTER_PAUSED", null, null, null, FakeHallApi.COUNTER_NO,
                clock.instant()));
        assertThat(reads).hasSize(2);
    }

    @Test
    void the_feed_polls_while_there_is_no_stream_and_stops_polling_once_it_is_open() {
        List<Runnable> scheduled = new ArrayList<>();
        CounterFeed feed = new CounterFeed(api, counter, Runnable::run, (delay, task) -> {
            scheduled.add(task);
            return () -> scheduled.remove(task);
        });
        api.failNextWith(org.yichuang.core.error.ErrorCode.SERVER_UNREACHABLE);   // the stream's first try

        feed.start();

        assertThat(counter.state().live()).isEqualTo(CounterState.Live.POLLING);
        assertThat(scheduled).as("a poll and a retry").hasSize(2);
        issue(1);
        scheduled.get(0).run();   // the poll reads the panel
        assertThat(counter.state().queue().waiting()).containsEntry("GENERAL", 1);
        scheduled.get(scheduled.size() - 2).run();   // the retry opens the stream (the fake's opens at once)
        assertThat(counter.state().live()).isEqualTo(CounterState.Live.STREAM);

        api.queue().issue();   // an event now reads the panel again
        assertThat(counter.state().queue().waiting()).containsEntry("GENERAL", 2);
        feed.stop();
        assertThat(counter.state().live()).isEqualTo(CounterState.Live.OFF);
    }

    /** The intake screen's side of a call, as a recording fake: whether it lets the call go, and how often cleared. */
    private static final class RecordingHandover implements ApplicantHandover {
        private boolean allow;
        private int asked;
        private int cleared;

        RecordingHandover(boolean allow) {
            this.allow = allow;
        }

        @Override
        public boolean mayCallNext() {
            asked++;
            return allow;
        }

        @Override
        public void clear() {
            cleared++;
        }
    }

    @Test
    void calling_the_next_applicant_clears_the_intake_screen_only_once_the_call_succeeded() {
        issue(2);
        counter.load();
        RecordingHandover screen = new RecordingHandover(true);
        counter.setApplicantHandover(screen);

        counter.callNumber("A009");                    // no such ticket: refused, the screen keeps its applicant
        assertThat(counter.state().notice().error()).isTrue();
        assertThat(screen.cleared).isZero();

        counter.callNext();
        assertThat(counter.state().current().number()).isEqualTo("A001");
        assertThat(screen.asked).isEqualTo(2);
        assertThat(screen.cleared).isEqualTo(1);
    }

    @Test
    void a_clerk_who_keeps_the_current_applicants_work_calls_nobody() {
        issue(1);
        counter.load();
        RecordingHandover screen = new RecordingHandover(false);
        counter.setApplicantHandover(screen);

        actions.callNext().actionPerformed(null);
        counter.callNumber("A001");

        assertThat(screen.asked).isEqualTo(2);
        assertThat(screen.cleared).isZero();
        assertThat(counter.state().current()).isNull();
        assertThat(counter.state().queue().waiting()).containsEntry("GENERAL", 1);
    }
}
