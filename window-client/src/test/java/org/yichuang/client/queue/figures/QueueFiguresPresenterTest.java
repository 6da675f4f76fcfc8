package org.yichuang.client.queue.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyChangeEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.error.ErrorCode;

class QueueFiguresPresenterTest {
    private static final LocalDate MONDAY = QueueFiguresFixture.MONDAY;
    private final FakeHallApi api = new FakeHallApi();
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private LocalDate today = MONDAY;
    private QueueFiguresPresenter presenter;
    private final List<PropertyChangeEvent> events = new ArrayList<>();

    @BeforeEach
    void signIn() {
        api.signIn(new SignInRequest(FakeHallApi.SUPERVISOR, FakeHallApi.SUPERVISOR_PASSWORD, null));
        api.putQueueFigures(QueueFiguresFixture.monday());
        presenter = new QueueFiguresPresenter(api, tasks, messages, prompts, () -> today);
        presenter.addPropertyChangeListener(events::add);
    }

    @Test
    void the_first_showing_reads_today_and_each_grouping_ends_with_the_whole_day() {
        presenter.start();

        assertThat(api.queueFiguresAsked()).containsExactly(MONDAY);
        assertThat(presenter.state().loading()).isFalse();
        assertThat(presenter.lines(Grouping.COUNTER)).containsExactly(
                new FigureLine("1号窗口", 3, "4分00秒", "6分00秒", "6分00秒", 2, "12分00秒", "14分00秒", "1分30秒"),
                new FigureLine("2号窗口", 1, "1分01秒", "1分01秒", "1分01秒", 1, "1小时10分", "1小时10分", "0分00秒"),
                new FigureLine("全天", 4, "3分15秒", "6分00秒", "6分00秒", 3, "31分20秒", "1小时10分", "1分30秒"));
        assertThat(presenter.lines(Grouping.CATEGORY).get(1))
                .as("a category nobody was called from has no mean wait, not 0")
                .isEqualTo(new FigureLine("税务", 0, "—", "—", "—", 1, "1小时10分", "1小时10分", "0分00秒"));
        assertThat(presenter.lines(Grouping.HOUR)).extracting(FigureLine::label)
                .containsExactly("09:00–10:00", "10:00–11:00", "全天");
        assertThat(presenter.lines(Grouping.STAFF)).extracting(FigureLine::label)
                .containsExactly("王小明", "李娜", "全天");

        presenter.start();   // shown again: the day chosen stays, nothing is read again
        assertThat(api.queueFiguresAsked()).hasSize(1);
    }

    @Test
    void the_day_before_and_after_are_read_but_never_a_day_after_today() {
        presenter.start();
        presenter.previousDay();
        assertThat(presenter.state().day()).isEqualTo(MONDAY.minusDays(1));
        assertThat(presenter.lines(Grouping.COUNTER)).extracting(FigureLine::label).containsExactly("全天");
        assertThat(presenter.state().hasNextDay()).isTrue();

        presenter.nextDay();
        assertThat(presenter.state().day()).isEqualTo(MONDAY);
        assertThat(presenter.state().hasNextDay()).isFalse();
        presenter.nextDay();
        presenter.showTyped("2026-12-08");

        assertThat(api.queueFiguresAsked()).containsExactly(MONDAY, MONDAY.minusDays(1), MONDAY);
        assertThat(presenter.state().day()).isEqualTo(MONDAY);
        assertThat(presenter.state().notice()).isEqualTo("不能查询今天以后的日期（2026-12-08）。");
        assertThat(presenter.lines(Grouping.COUNTER)).hasSize(3);
    }

    @Test
    void a_typed_day_is_read_in_any_usual_writing_and_a_wrong_one_is_named() {
        presenter.showTyped(" 2026/12/1 ");
        presenter.showTyped("20261202");
        presenter.showTyped("2026-02-30");

        assertThat(api.queueFiguresAsked()).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        assertThat(presenter.state().day()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(presenter.state().notice()).isEqualTo("“2026-02-30”不是日期，请按 2026-12-07 的格式输入。");
    }

    @Test
    void a_slow_answer_for_a_day_no_longer_chosen_never_replaces_the_day_now_chosen() {
        tasks.hold();
        presenter.show(MONDAY);
        presenter.previousDay();
        assertThat(presenter.state().loading()).isTrue();
        assertThat(tasks.isBusy()).as("the first read was cancelled, the second is in flight").isTrue();

        tasks.runNext();   // cancelled: does nothing
        assertThat(presenter.state().loading()).isTrue();
        tasks.runNext();

        assertThat(presenter.state().day()).isEqualTo(MONDAY.minusDays(1));
        assertThat(presenter.state().figures().day()).isEqualTo(MONDAY.minusDays(1));
        assertThat(presenter.state().loading()).isFalse();
    }

    @Test
    void a_failed_read_says_why_and_shows_no_figures_and_refresh_reads_again() {
        presenter.start();
        api.failNextWith(ErrorCode.SERVER_UNREACHABLE);
        presenter.refresh();

        assertThat(presenter.state().figures()).isNull();
        assertThat(presenter.state().notice()).startsWith("未能读取排队统计：");
        assertThat(presenter.lines(Grouping.COUNTER)).isEmpty();

        presenter.refresh();
        assertThat(presenter.state().notice()).isNull();
        assertThat(presenter.lines(Grouping.COUNTER)).hasSize(3);
    }

    @Test
    void the_actions_follow_the_state() {
        tasks.hold();
        RefreshQueueFiguresAction refresh = new RefreshQueueFiguresAction(messages, presenter);
        NextQueueDayAction next = new NextQueueDayAction(messages, presenter);
        presenter.start();
        assertThat(refresh.isEnabled()).as("reading").isFalse();
        tasks.runNext();
        assertThat(refresh.isEnabled()).isTrue();
        assertThat(next.isEnabled()).as("today is the last day").isFalse();

        presenter.previousDay();
        tasks.runNext();
        assertThat(next.isEnabled()).isTrue();
        assertThat(events).isNotEmpty().allMatch(e -> e.getNewValue() instanceof QueueFiguresState);
    }

    @Test
    void the_hall_day_moves_on_while_the_screen_stays_open() {
        presenter.start();
        today = MONDAY.plusDays(1);
        presenter.nextDay();   // state's today is still Monday until the next read
        presenter.showToday();

        assertThat(presenter.state().day()).isEqualTo(MONDAY.plusDays(1));
        assertThat(presenter.state().today()).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void the_day_shown_is_exported_as_the_servers_workbook_where_the_supervisor_chooses(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ExportQueueFiguresAction export = new ExportQueueFiguresAction(messages, presenter);
        assertThat(export.isEnabled()).as("nothing read yet").isFalse();
        presenter.start();
        presenter.previousDay();
        assertThat(export.isEnabled()).isTrue();
        java.nio.file.Path file = dir.resolve("排队日统计.xlsx");
        prompts.answer(file);

        export.actionPerformed(null);

        assertThat(java.nio.file.Files.readAllBytes(file)).startsWith((byte) 'P', (byte) 'K');
        assertThat(new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8))
                .endsWith("xlsx 2026-12-06");
        assertThat(prompts.informations()).containsExactly("已导出到 " + file);
        assertThat(presenter.state().exporting()).isFalse();
        assertThat(export.isEnabled()).isTrue();
    }
}
