package org.yichuang.client.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseAlertEvent;
import org.yichuang.core.api.CaseListQuery;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.supervision.AlertLevel;

class CaseListPresenterTest {
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private final FakeHallApi api = CaseFixture.signedInClerk();

    private CaseListPresenter list(boolean supervisor) {
        return new CaseListPresenter(api, tasks, messages, prompts, supervisor);
    }

    @Test
    void a_clerk_lists_their_own_cases_and_a_supervisor_asks_for_all() {
        CaseFixture.newCase(api, "张三");
        CaseFixture.newCase(api, "李四");
        CaseListPresenter mine = list(false);
        mine.reload();
        assertThat(mine.state().query().scope()).isEqualTo(CaseListQuery.MINE);
        assertThat(mine.state().rows()).extracting(r -> r.applicantName()).containsExactly("张三", "李四");
        assertThat(mine.state().loaded()).isTrue();
        assertThat(mine.state().total()).isEqualTo(2);
        assertThat(list(true).state().query().scope()).isEqualTo(CaseListQuery.ALL);
    }

    @Test
    void counts_per_level_come_from_the_server_and_a_level_filter_keeps_them() {
        String a = CaseFixture.newCase(api, "张三");
        CaseFixture.newCase(api, "李四");
        api.pushAlert(a, AlertLevel.RED);
        CaseListPresenter cases = list(true);
        cases.filterLevel("RED");
        assertThat(cases.state().rows()).extracting(r -> r.caseNo()).containsExactly(a);
        assertThat(cases.state().count(AlertLevel.RED)).isEqualTo(1);
        assertThat(cases.state().count(AlertLevel.NONE)).isEqualTo(1);
        assertThat(cases.state().count(AlertLevel.YELLOW)).isZero();
        cases.filterLevel(null);
        assertThat(cases.state().rows()).hasSize(2);
    }

    @Test
    void busy_follows_the_lists_own_work_and_a_newer_load_wins() {
        CaseFixture.newCase(api, "张三");
        CaseListPresenter cases = list(true);
        tasks.hold();
        cases.reload();
        assertThat(cases.isBusy()).isTrue();
        cases.filterLevel("RED");   // drops the first load
        assertThat(cases.isBusy()).isTrue();
        tasks.runNext();
        tasks.runNext();
        assertThat(cases.isBusy()).isFalse();
        assertThat(cases.state().query().level()).isEqualTo("RED");
        assertThat(cases.state().rows()).isEmpty();
    }

    @Test
    void a_pushed_alert_recolours_the_row_and_moves_the_counts() {
        String a = CaseFixture.newCase(api, "张三");
        CaseListPresenter cases = list(false);
        cases.reload();
        assertThat(cases.state().count(AlertLevel.NONE)).isEqualTo(1);
        cases.applyAlert(new CaseAlertEvent(7, a, AlertLevel.NONE, AlertLevel.YELLOW, "黄牌", "超过承诺期限", Instant.now()));
        assertThat(cases.state().rows().get(0).alertLevel()).isEqualTo(AlertLevel.YELLOW);
        assertThat(cases.state().count(AlertLevel.YELLOW)).isEqualTo(1);
        assertThat(cases.state().count(AlertLevel.NONE)).isZero();
    }

    @Test
    void an_alert_for_a_case_not_shown_reloads_the_list() {
        CaseListPresenter cases = list(false);
        cases.reload();
        assertThat(cases.state().rows()).isEmpty();
        String a = CaseFixture.newCase(api, "张三");
        cases.applyAlert(new CaseAlertEvent(8, a, AlertLevel.NONE, AlertLevel.WARNING, "预警", "剩余2个工作日",
                Instant.now()));
        assertThat(cases.state().rows()).extracting(r -> r.caseNo()).containsExactly(a);
    }

    @Test
    void export_saves_the_servers_workbook_where_the_supervisor_chose(@TempDir Path dir) throws Exception {
        CaseListPresenter cases = list(true);
        Path target = dir.resolve("监察.xlsx");
        prompts.answer(target);
        cases.export();
        assertThat(Files.readAllBytes(target)).startsWith('P', 'K');
        assertThat(prompts.informations()).containsExactly("已导出到 " + target);
    }

    @Test
    void a_cancelled_file_dialog_exports_nothing() {
        CaseListPresenter cases = list(true);
        prompts.answer(null);
        cases.export();
        assertThat(cases.isBusy()).isFalse();
        assertThat(prompts.informations()).isEmpty();
    }

    @Test
    void a_failed_load_warns_with_the_message_of_its_code() {
        CaseListPresenter cases = list(false);
        api.failNextWith(ErrorCode.FORBIDDEN);
        cases.reload();
        assertThat(prompts.warnings()).containsExactly("当前岗位无权使用此功能。");
        assertThat(cases.isBusy()).isFalse();
    }

    @Test
    void paging_moves_through_the_pages_keeping_filters_and_page_size_and_a_filter_starts_again_at_page_one() {
        for (int i = 0; i < 7; i++) {
            CaseFixture.newCase(api, applicant(i));
        }
        CaseListPresenter cases = new CaseListPresenter(api, tasks, messages, prompts, true, 3);
        cases.reload();
        assertThat(cases.state().rows()).hasSize(3);
        assertThat(cases.state().pageCount()).isEqualTo(3);
        assertThat(cases.state().hasPrevious()).isFalse();
        assertThat(cases.state().hasNext()).isTrue();

        cases.nextPage();
        cases.nextPage();
        assertThat(cases.state().page()).isEqualTo(2);
        assertThat(cases.state().rows()).extracting(r -> r.applicantName()).containsExactly(applicant(6));
        assertThat(cases.state().hasNext()).isFalse();
        cases.nextPage();
        assertThat(cases.state().page()).as("no page after the last").isEqualTo(2);
        cases.previousPage();
        assertThat(cases.state().rows()).extracting(r -> r.applicantName())
                .containsExactly(applicant(3), applicant(4), applicant(5));

        cases.filterLevel("NONE");
        assertThat(cases.state().page()).isZero();
        assertThat(cases.state().query().size()).isEqualTo(3);
        assertThat(cases.state().query().level()).isEqualTo("NONE");
        cases.nextPage();
        assertThat(cases.state().query().level()).as("paging keeps the filter").isEqualTo("NONE");
        assertThat(cases.state().query().size()).isEqualTo(3);
    }

    @Test
    void a_page_past_the_end_after_cases_left_the_list_shows_the_last_page() {
        java.util.List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            numbers.add(CaseFixture.newCase(api, applicant(i)));
        }
        CaseListPresenter cases = new CaseListPresenter(api, tasks, messages, prompts, true, 2);
        cases.filterLevel("NONE");
        cases.nextPage();
        assertThat(cases.state().page()).isEqualTo(1);

        // two cases turn red: only one page of unflagged cases is left
        api.pushAlert(numbers.get(0), AlertLevel.RED);
        api.pushAlert(numbers.get(1), AlertLevel.RED);
        cases.reload();

        assertThat(cases.state().page()).isZero();
        assertThat(cases.state().rows()).extracting(r -> r.applicantName()).containsExactly(applicant(2), applicant(3));
        assertThat(cases.state().pageCount()).isEqualTo(1);
        assertThat(cases.state().hasNext()).isFalse();
        assertThat(cases.state().hasPrevious()).isFalse();
    }

    /** A valid applicant name for number {@code i}: names hold no digits, so 申请人一二 for 12. */
    static String applicant(int i) {
        StringBuilder name = new StringBuilder("申请人");
        String.valueOf(i).chars().forEach(c -> name.append("零一二三四五六七八九".charAt(c - '0')));
        return name.toString();
    }
}
