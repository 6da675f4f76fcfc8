package org.yichuang.reports.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrinterStatusTest {
    @Test
    void a_printer_whose_device_is_offline_is_not_ready_though_its_queue_accepts_jobs() {
        PrinterStatus offline = new PrinterStatus("Thermal_80", null, PrinterStatus.State.PROCESSING,
                List.of("offline"), "Waiting for printer to become available.", true, 1);

        assertThat(offline.ready()).isFalse();
        assertThat(offline.problem()).contains("打印机“Thermal_80”脱机", "打印机脱机", "电源");
        assertThat(offline.summary()).startsWith("脱机");
    }

    @Test
    void an_idle_accepting_printer_without_reasons_is_ready() {
        PrinterStatus idle = new PrinterStatus("Laser_A4", null, PrinterStatus.State.IDLE, List.of(), null, true, 0);

        assertThat(idle.ready()).isTrue();
        assertThat(idle.problem()).isNull();
        assertThat(idle.summary()).isEqualTo("就绪");
    }
}
