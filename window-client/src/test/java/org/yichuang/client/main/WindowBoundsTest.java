package org.yichuang.client.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {
    private static final Rectangle FULL_HD = new Rectangle(0, 0, 1920, 1040);
    private static final Rectangle COUNTER = new Rectangle(0, 0, 1366, 728);

    @Test
    void a_first_start_on_a_large_screen_opens_1280_by_800_centred() {
        assertThat(WindowBounds.initial(FULL_HD, null)).isEqualTo(new Rectangle(320, 120, 1280, 800));
        assertThat(WindowBounds.fillsScreen(FULL_HD)).isFalse();
    }

    @Test
    void a_first_start_on_a_1366_by_768_screen_fits_the_usable_screen_so_the_status_bar_shows() {
        Rectangle r = WindowBounds.initial(COUNTER, null);

        assertThat(COUNTER.contains(r)).as("%s within %s", r, COUNTER).isTrue();
        assertThat(r.height).isEqualTo(728);
        assertThat(WindowBounds.fillsScreen(COUNTER)).isTrue();
    }

    @Test
    void remembered_bounds_are_kept_but_clipped_to_the_screen_it_opens_on() {
        assertThat(WindowBounds.initial(FULL_HD, new Rectangle(100, 50, 1000, 700)))
                .isEqualTo(new Rectangle(100, 50, 1000, 700));
        // remembered on a larger screen: the part that fits
        assertThat(WindowBounds.initial(COUNTER, new Rectangle(100, 50, 1600, 1000)))
                .isEqualTo(new Rectangle(100, 50, 1266, 678));
    }

    @Test
    void remembered_bounds_off_the_screen_or_too_small_once_clipped_fall_back_to_the_default() {
        assertThat(WindowBounds.initial(COUNTER, new Rectangle(3000, 0, 1000, 700)))
                .isEqualTo(WindowBounds.initial(COUNTER, null));
        assertThat(WindowBounds.initial(COUNTER, new Rectangle(1300, 600, 1000, 700)))
                .isEqualTo(WindowBounds.initial(COUNTER, null));
    }
}
