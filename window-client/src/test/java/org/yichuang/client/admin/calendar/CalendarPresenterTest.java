package org.yichuang.client.admin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.client.admin.AdminFixture;
import org.yichuang.core.api.CalendarOverview;
import org.yichuang.core.api.CalendarVersionInfo;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/** What the 日历 page decides without a server; the page against the real server is CalendarPageEndToEndTest. */
class CalendarPresenterTest {
    private final AdminFixture f = new AdminFixture();
    private final CalendarPresenter presenter = new CalendarPresenter(f.api, f.tasks, f.messages, f.prompts, f.files,
            AdminFixture.CLOCK);
    @TempDir
    Path dir;

    @Test
    void a_gbk_file_is_refused_before_anything_is_sent_and_a_utf8_byte_order_mark_is_dropped() throws Exception {
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, "date,kind,holiday\n2027-01-01,off,元旦\n".getBytes(Charset.forName("GBK")));
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFFdate,kind,holiday\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CalendarPresenter.readUtf8(gbk)).isInstanceOf(IOException.class);
        assertThat(CalendarPresenter.readUtf8(bom)).isEqualTo("date,kind,holiday\n");
    }

    @Test
    void the_overwrite_question_lists_the_first_changed_days_then_how_many_more_and_asks_last() {
        List<Problem> days = IntStream.rangeClosed(1, 20).mapToObj(d -> Problem.at("2027-03-" + d,
                ErrorCode.CALENDAR_DAY_ADDED, "2027-03-" + d + "：普通工作日 → 法定节假日休息")).toList();
        ApiException conflict = new ApiException(ErrorCode.CALENDAR_YEAR_CONFLICT, "文件与已发布的日历不同。", 409, days);

        String text = presenter.conflictText(conflict);

        assertThat(text).startsWith("文件与已发布的日历不同。").contains("2027-03-15：").doesNotContain("2027-03-16：")
                .contains("另有 5 天变化").endsWith("是否覆盖已发布的年份？");
    }

    @Test
    void the_years_to_choose_run_from_the_first_published_year_to_the_year_after_the_last() {
        CalendarVersionInfo v = new CalendarVersionInfo(1, "shipped", Instant.EPOCH, Instant.EPOCH, null,
                List.of(2024, 2025, 2026));
        CalendarState state = CalendarState.initial(2026).withOverview(new CalendarOverview(v, List.of(v),
                v.publishedYears()));

        assertThat(state.choosableYears(2026)).containsExactly(2024, 2025, 2026, 2027);
        assertThat(CalendarState.initial(2026).choosableYears(2026)).containsExactly(2026, 2027);
    }

    @Test
    void the_first_year_shown_is_the_halls_current_year() {
        assertThat(presenter.state().selectedYear()).isEqualTo(2026);
        assertThat(presenter.state().busy()).isFalse();
    }
}
