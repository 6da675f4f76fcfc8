package org.yichuang.client.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.notice.Paper;

class CounterPrintersTest {
    private final Preferences node = Preferences.userRoot().node("yichuang-test/counter-printers-" + UUID.randomUUID());
    private final CounterPrinters printers = new CounterPrinters(new ClientPrefs(node), () -> Optional.of("Default_PC"));

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void a4_falls_back_to_the_system_default_but_the_80mm_roll_has_no_fallback() {
        assertThat(printers.printerFor(Paper.A4)).contains("Default_PC");
        assertThat(printers.printerFor(Paper.RECEIPT_80MM)).isEmpty();

        printers.set(Paper.A4, "Laser_A4");
        printers.set(Paper.RECEIPT_80MM, "Thermal_80");

        assertThat(printers.printerFor(Paper.A4)).contains("Laser_A4");
        assertThat(printers.printerFor(Paper.RECEIPT_80MM)).contains("Thermal_80");
        assertThat(new ClientPrefs(node).get(ClientPrefs.KEY_PRINTER)).contains("Laser_A4");
    }

    @Test
    void a_slip_goes_on_the_80mm_roll_only_when_the_counter_has_a_thermal_printer() {
        assertThat(printers.paperFor(List.of(Paper.A4, Paper.RECEIPT_80MM))).isEqualTo(Paper.A4);

        printers.set(Paper.RECEIPT_80MM, "Thermal_80");

        assertThat(printers.paperFor(List.of(Paper.A4, Paper.RECEIPT_80MM))).isEqualTo(Paper.RECEIPT_80MM);
        assertThat(printers.paperFor(List.of(Paper.A4))).isEqualTo(Paper.A4);
    }
}
