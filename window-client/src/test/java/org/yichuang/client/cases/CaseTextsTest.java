package org.yichuang.client.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.supervision.AlertLevel;

class CaseTextsTest {
    private final CaseTexts chinese = new CaseTexts(new Messages(Locale.SIMPLIFIED_CHINESE),
            ZoneId.of("Asia/Shanghai"));
    private final CaseTexts english = new CaseTexts(new Messages(Locale.ENGLISH), ZoneId.of("Asia/Shanghai"));

    @Test
    void remaining_working_days_read_as_left_due_today_or_overdue() {
        assertThat(chinese.remaining(3)).isEqualTo("剩3个工作日");
        assertThat(chinese.remaining(0)).isEqualTo("今日到期");
        assertThat(chinese.remaining(-2)).isEqualTo("超期2个工作日");
        assertThat(chinese.remaining(null)).isEmpty();
        assertThat(english.remaining(-2)).isEqualTo("2 working days overdue");
    }

    @Test
    void a_period_ending_at_midnight_belongs_to_its_due_day() {
        // 24:00 on 2026-03-16 in Beijing is 2026-03-16T16:00Z
        assertThat(chinese.dueDay(Instant.parse("2026-03-16T16:00:00Z"))).isEqualTo("2026-03-16");
        assertThat(chinese.dueDay(Instant.parse("2026-03-16T09:00:00Z"))).isEqualTo("2026-03-16");
    }

    @Test
    void a_provisional_due_date_says_so() {
        assertThat(chinese.dueDate(LocalDate.of(2027, 1, 5), true)).isEqualTo("2027-01-05（暂定）");
        assertThat(chinese.dueDate(LocalDate.of(2026, 3, 16), false)).isEqualTo("2026-03-16");
        assertThat(chinese.dueDate(null, false)).isEqualTo("未受理");
    }

    @Test
    void dates_are_the_halls_not_utc() {
        // 2026-03-01 17:00 UTC is already 2026-03-02 in Beijing
        assertThat(chinese.date(Instant.parse("2026-03-01T17:00:00Z"))).isEqualTo("2026-03-02");
    }

    @Test
    void states_levels_and_actions_read_in_chinese_from_core_and_in_english_from_the_bundle() {
        assertThat(chinese.state(CaseState.IN_REVIEW)).isEqualTo("审查中");
        assertThat(chinese.card(AlertLevel.YELLOW)).isEqualTo("黄牌");
        assertThat(chinese.action(CaseAction.START_SPECIAL_PROCEDURE)).isEqualTo("启动特别程序");
        assertThat(chinese.acceptanceBasis(AcceptanceBasis.DEEMED)).isEqualTo("视为受理");
        assertThat(chinese.suspensionKind(SpecialProcedureKind.INSPECTION)).isEqualTo("检验");
        assertThat(english.state(CaseState.IN_REVIEW)).isEqualTo("In review");
        assertThat(english.card(AlertLevel.RED)).isEqualTo("Red");
        assertThat(english.action(CaseAction.END_SPECIAL_PROCEDURE)).isEqualTo("Resume clock");
    }
}
