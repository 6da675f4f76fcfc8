package org.yichuang.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.ClockExtension;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.calendar.ClockStop;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.catalog.TimeLimit;

class CaseDeadlinesTest {
    private final DeadlineCalculator calculator = new DeadlineCalculator(ShippedCalendar.calendar(),
            ClockSettings.standard());
    private static final LocalDateTime ACCEPTED = LocalDateTime.of(2025, 9, 26, 10, 0);

    @Test
    void an_extension_moves_the_statutory_due_date_and_not_the_promised_one() {
        List<ClockExtension> ten = List.of(new ClockExtension(10, "复杂"));

        assertThat(calculator.compute(CaseDeadlines.legal(ACCEPTED, TimeLimit.workingDays(20), List.of(), ten,
                null)).dueDate()).isEqualTo(LocalDate.of(2025, 11, 13));
        assertThat(calculator.compute(CaseDeadlines.promised(ACCEPTED, TimeLimit.workingDays(5), List.of(),
                null)).dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void a_clock_stop_moves_both_due_dates() {
        // stopped on Mon 09-29, ended Tue 09-30: the working day 09-30 does not count
        List<ClockStop> stop = List.of(new ClockStop("专家评审", LocalDate.of(2025, 9, 29), LocalDate.of(2025, 9, 30),
                "评审"));

        assertThat(calculator.compute(CaseDeadlines.legal(ACCEPTED, TimeLimit.workingDays(20), stop, List.of(),
                null)).dueDate()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(calculator.compute(CaseDeadlines.promised(ACCEPTED, TimeLimit.workingDays(5), stop, null))
                .dueDate()).isEqualTo(LocalDate.of(2025, 10, 11));
    }
}
