package org.yichuang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueDayTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void a_ticket_after_midnight_belongs_to_the_day_before_until_the_reset() {
        LocalTime reset = LocalTime.of(3, 0);
        assertThat(QueueDay.of(Instant.parse("2026-12-06T16:10:00Z"), SHANGHAI, reset))   // 00:10 on the 7th
                .isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(QueueDay.of(Instant.parse("2026-12-06T19:00:00Z"), SHANGHAI, reset))   // 03:00 on the 7th
                .isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(QueueDay.of(Instant.parse("2026-12-06T15:59:59Z"), SHANGHAI, LocalTime.MIDNIGHT))
                .isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void the_default_settings_of_a_new_hall_pass_the_rules() {
        assertThat(QueueSettingsRules.check(QueueSettings.defaults(List.of(1, 2, 3)))).isEmpty();
    }
}
