package org.yichuang.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.server.testing.MigratedDatabase;

/** V7: service items may carry limits in months (LimitUnit.MONTHS); other units are still refused. */
class LimitMonthsMigrationTest {
    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    private static int insert(Handle h, String code, String statutoryUnit, String promisedUnit) {
        return h.execute("INSERT INTO service_items (implementation_code, base_code, name, department, "
                + "department_credit_code, level, case_kind, statutory_value, statutory_unit, promised_value, "
                + "promised_unit) VALUES (?, '000101801000', '采矿许可证延续', '示范县自然资源局', "
                + "'11330122002753014M', '4', 'PROMISED', 3, ?, 2, ?)", code, statutoryUnit, promisedUnit);
    }

    @Test
    void a_service_item_may_count_its_limits_in_months() {
        int inserted = db.jdbi().withHandle(h -> insert(h, "M1", "MONTHS", "MONTHS"));
        String units = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT statutory_unit || '/' || promised_unit FROM service_items WHERE implementation_code = 'M1'")
                .mapTo(String.class).one());
        assertThat(inserted).isEqualTo(1);
        assertThat(units).isEqualTo("MONTHS/MONTHS");
    }

    @Test
    void an_unknown_unit_is_still_refused_for_both_limits() {
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> insert(h, "M2", "WEEKS", "MONTHS")))
                .hasMessageContaining("service_items_statutory_unit_check");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> insert(h, "M3", "MONTHS", "YEARS")))
                .hasMessageContaining("service_items_promised_unit_check");
    }
}
