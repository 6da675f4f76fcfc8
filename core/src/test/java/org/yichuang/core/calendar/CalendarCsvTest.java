package org.yichuang.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.error.ErrorCode;

class CalendarCsvTest {
    private static final String HEAD = "date,kind,holiday\n";

    private static List<CalendarProblem> problems(String body) {
        return CalendarCsv.check(HEAD + body);
    }

    @Test
    void the_shipped_schedule_parses_with_three_published_years() {
        CalendarSchedule s = ShippedCalendar.load();
        assertThat(s.years()).containsExactly(2024, 2025, 2026);
        assertThat(s.entries()).hasSize(108);
        assertThat(s.entry(LocalDate.of(2025, 9, 28))).contains(CalendarEntry.work(LocalDate.of(2025, 9, 28),
                "国庆节、中秋节"));
    }

    @Test
    void a_schedule_survives_format_and_parse() {
        CalendarSchedule s = WorkCalendarTest.withRegional(false).schedule();
        CalendarSchedule back = CalendarCsv.parse(CalendarCsv.format(s));
        assertThat(back).isEqualTo(s);
        assertThat(back.entry(LocalDate.of(2025, 3, 31)).orElseThrow().countsAsStatutory()).isFalse();
    }

    @Test
    void the_fourth_column_is_optional_and_defaults_to_statutory_for_off_and_regional_days() {
        CalendarSchedule s = CalendarCsv.parse("\uFEFF" + HEAD + "2025-01-01,off,元旦\r\n\n# 广西\n"
                + "2025-03-31,regional,三月三\n2025-04-01,REGIONAL,三月三,false\n2025-01-26,work,春节,false\n");
        assertThat(s.entries()).extracting(CalendarEntry::countsAsStatutory).containsExactly(true, false, true, false);
        assertThat(s.years()).containsExactly(2025);
    }

    @Test
    void quoted_fields_as_spreadsheets_write_them_are_read_and_written_back() {
        CalendarSchedule s = CalendarCsv.parse(HEAD + "2025-10-01,off,\"国庆节,中秋节\"\n2025-10-02,\"off\",\"\"\"双节\"\"\"\n");
        assertThat(s.entries()).extracting(CalendarEntry::holiday).containsExactly("国庆节,中秋节", "\"双节\"");
        assertThat(CalendarCsv.parse(CalendarCsv.format(s))).isEqualTo(s);
    }

    @Test
    void an_impossible_date_is_reported_with_its_line() {
        assertThat(problems("2025-01-01,off,元旦\n2025-02-30,off,春节\n"))
                .containsExactly(new CalendarProblem(3, ErrorCode.CALENDAR_DATE_IMPOSSIBLE, "日期“2025-02-30”不存在。"));
        assertThat(problems("2025-01-01,off,元旦\n2025/10/01,off,国庆节\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2025/10/01", "YYYY-MM-DD"));
    }

    @Test
    void duplicate_dates_name_the_first_line() {
        assertThat(problems("2025-01-01,off,元旦\n2025-01-01,off,元旦\n"))
                .containsExactly(new CalendarProblem(3, ErrorCode.CALENDAR_DATE_DUPLICATE,
                        "日期 2025-01-01 与第 2 行重复。"));
    }

    @Test
    void a_day_both_off_and_working_is_reported() {
        assertThat(problems("2025-01-01,off,元旦\n2025-02-08,off,春节\n2025-02-08,work,春节\n")).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.CALENDAR_DAY_OFF_AND_WORK);
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.message()).contains("2025-02-08", "第 3 行");
                });
    }

    @Test
    void a_make_up_day_on_a_weekday_is_refused_but_an_off_day_on_a_weekend_is_fine() {
        assertThat(problems("2025-01-01,off,元旦\n2025-01-27,work,春节\n2025-10-04,off,国庆节\n")).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.CALENDAR_MAKEUP_ON_WEEKDAY);
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("2025-01-27", "周一");
                });
    }

    @Test
    void a_year_without_off_days_is_reported_at_its_first_line() {
        assertThat(problems("2025-01-01,off,元旦\n2026-01-04,work,元旦\n")).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.CALENDAR_YEAR_WITHOUT_OFF_DAYS);
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("2026");
                });
    }

    @Test
    void malformed_lines_unknown_kinds_missing_names_and_bad_flags_are_each_reported() {
        List<CalendarProblem> all = problems("2025-01-01,off,元旦\n2025-01-02,off\n2025-01-03,holiday,元旦\n"
                + "2025-01-04,off, \n2025-01-05,off,元旦,yes\n2025-01-11,work,春节,true\n1999-01-01,off,元旦\n");
        assertThat(all).extracting(CalendarProblem::line, CalendarProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, ErrorCode.CALENDAR_LINE_MALFORMED),
                org.assertj.core.groups.Tuple.tuple(4, ErrorCode.CALENDAR_KIND_UNKNOWN),
                org.assertj.core.groups.Tuple.tuple(5, ErrorCode.CALENDAR_HOLIDAY_NAME_MISSING),
                org.assertj.core.groups.Tuple.tuple(6, ErrorCode.CALENDAR_STATUTORY_FLAG_INVALID),
                org.assertj.core.groups.Tuple.tuple(7, ErrorCode.CALENDAR_STATUTORY_FLAG_INVALID),
                org.assertj.core.groups.Tuple.tuple(8, ErrorCode.CALENDAR_DATE_OUT_OF_RANGE));
        assertThat(all.get(1).message()).contains("holiday");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(CalendarCsv.check(HEAD)).extracting(CalendarProblem::code)
                .containsExactly(ErrorCode.CALENDAR_LINE_MALFORMED);
        assertThat(CalendarCsv.check("")).hasSize(1);
    }

    @Test
    void parse_throws_one_exception_listing_every_problem() {
        assertThatThrownBy(() -> CalendarCsv.parse(HEAD + "2025-02-30,off,春节\n2025-01-27,work,春节\n"
                + "2025-01-01,off,元旦\n"))
                .isInstanceOfSatisfying(CalendarFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CALENDAR_FILE_INVALID);
                    assertThat(e.calendarProblems()).hasSize(2);
                    assertThat(e.problems()).extracting(p -> p.row()).containsExactly(2, 3);
                    assertThat(e.problems().get(0).code()).isEqualTo("CALENDAR_DATE_IMPOSSIBLE");
                    assertThat(e.getMessage()).contains("2 处错误", "第 2 行", "第 3 行");
                });
    }

    @Test
    void importing_a_year_replaces_only_that_year_and_publishes_it() {
        CalendarSchedule shipped = ShippedCalendar.load();
        CalendarSchedule y2027 = CalendarCsv.parse(HEAD + "2027-01-01,off,元旦\n");
        CalendarSchedule merged = shipped.withYear(2027, y2027);
        assertThat(merged.years()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(merged.entries()).hasSize(109);
        assertThat(merged.withYear(2025, y2027).entriesOf(2025)).isEmpty();
    }

    @Test
    void importing_a_changed_year_lists_every_difference_and_an_identical_one_none() {
        CalendarSchedule shipped = ShippedCalendar.load();
        assertThat(CalendarDiff.of(shipped, shipped, 2025).isEmpty()).isTrue();
        assertThat(CalendarDiff.of(shipped, shipped, 2025).toChineseText()).isEqualTo("2025 年的放假安排与已安装的完全相同。");
        // an amendment: 元旦 moves to 01-02, and 02-08 is no longer worked
        String amended = CalendarCsv.format(shipped).replace("2025-01-01,off,元旦", "2025-01-02,off,元旦")
                .replace("2025-02-08,work,春节,false\n", "");
        CalendarDiff diff = CalendarDiff.of(shipped, CalendarCsv.parse(amended), 2025);
        assertThat(diff.changes()).extracting(CalendarDiff.DayChange::date)
                .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 2, 8));
        assertThat(diff.toChineseText()).isEqualTo("2025 年的放假安排与已安装的有 3 处不同：\n"
                + "2025-01-01 周三：法定节假日（元旦） → 工作日\n"
                + "2025-01-02 周四：工作日 → 法定节假日（元旦）\n"
                + "2025-02-08 周六：调休上班（春节） → 周末");
    }
}
