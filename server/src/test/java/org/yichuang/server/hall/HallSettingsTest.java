package org.yichuang.server.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.server.testing.MigratedDatabase;

class HallSettingsTest {
    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    private HallService service() {
        return new HallService(db.jdbi().onDemand(HallDao.class), () -> "");
    }

    @Test
    void without_a_hall_the_settings_are_the_schemas_defaults() {
        assertThat(service().settings()).isEqualTo(new HallSettings(ZoneId.of("Asia/Shanghai"), null,
                "09:00-12:00,13:30-17:30", 2, 80));
    }

    @Test
    void the_first_halls_row_gives_zone_cut_off_office_hours_and_warning_thresholds() {
        HallDao halls = db.jdbi().onDemand(HallDao.class);
        long first = halls.insertHall("一号大厅", "Asia/Urumqi");
        halls.insertHall("二号大厅", "Asia/Shanghai");
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE halls SET cutoff_time = '17:30', office_hours = "
                + "'10:00-13:00,15:30-19:30', warning_working_days = 3, warning_used_percent = 75 WHERE id = :id")
                .bind("id", first).execute());

        assertThat(service().settings()).isEqualTo(new HallSettings(ZoneId.of("Asia/Urumqi"), LocalTime.of(17, 30),
                "10:00-13:00,15:30-19:30", 3, 75));
        assertThat(service().zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
    }
}
