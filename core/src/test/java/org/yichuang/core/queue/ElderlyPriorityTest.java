package org.yichuang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yichuang.core.identity.IdNumber;

class ElderlyPriorityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static IdNumber bornOn(String yyyymmdd) {
        String first17 = "110105" + yyyymmdd + "123";
        return IdNumber.parse(first17 + IdNumber.checkDigit(first17), TODAY);
    }

    @Test
    void the_national_threshold_is_sixty_full_years_on_the_day() {
        assertThat(ElderlyPriority.NATIONAL.applies(bornOn("19661206"), TODAY)).isTrue();
        assertThat(ElderlyPriority.NATIONAL.applies(bornOn("19661207"), TODAY)).isFalse();
    }

    @Test
    void a_hall_with_seventy_does_not_prioritise_a_sixty_five_year_old() {
        ElderlyPriority seventy = new ElderlyPriority(70);
        assertThat(seventy.applies(bornOn("19611206"), TODAY)).isFalse();
        assertThat(seventy.applies(bornOn("19561206"), TODAY)).isTrue();
    }

    @Test
    void someone_born_on_29_february_is_a_year_older_from_1_march() {
        IdNumber leap = bornOn("19640229");
        assertThat(ElderlyPriority.ageOn(leap, LocalDate.of(2024, 2, 28))).isEqualTo(59);
        assertThat(ElderlyPriority.ageOn(leap, LocalDate.of(2024, 2, 29))).isEqualTo(60);
        assertThat(ElderlyPriority.ageOn(leap, LocalDate.of(2025, 2, 28))).isEqualTo(60);
        assertThat(ElderlyPriority.ageOn(leap, LocalDate.of(2025, 3, 1))).isEqualTo(61);
    }

    @Test
    void a_threshold_below_the_law_or_absurdly_high_is_not_valid() {
        assertThat(new ElderlyPriority(59).valid()).isFalse();
        assertThat(new ElderlyPriority(81).valid()).isFalse();
        assertThat(new ElderlyPriority(70).valid()).isTrue();
    }
}
