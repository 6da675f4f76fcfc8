package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class ReportServiceTest {
    private final ReportService reports = new ReportService(ZoneId.of("Asia/Shanghai"));

    @Test
    void printing_without_a_chosen_printer_is_refused_as_printer_unavailable() {
        JasperPrint receipt = reports.fillReceipt(Receipts.promised());

        assertThatThrownBy(() -> reports.print(receipt, " ", "job"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRINTER_UNAVAILABLE));
    }

    @Test
    void asking_for_a_page_the_report_does_not_have_is_an_argument_error() {
        JasperPrint receipt = reports.fillReceipt(Receipts.promised());

        assertThatThrownBy(() -> reports.pageImage(receipt, 1, 1f)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_received_time_is_printed_in_the_zone_the_service_was_given() {
        ReportService utc = new ReportService(ZoneId.of("UTC"));

        String text = PrintText.of(utc.fillReceipt(Receipts.promised()));

        assertThat(text).contains("2025年3月5日 01:30");
    }

    @Test
    void a_case_received_at_23_30_utc_prints_the_date_of_the_halls_own_zone() {
        CaseReceipt lateEvening = Receipts.receivedAt(Instant.parse("2025-03-05T23:30:00Z"));

        String urumqi = PrintText.of(new ReportService(ZoneId.of("Asia/Urumqi")).fillReceipt(lateEvening));
        String utc = PrintText.of(new ReportService(ZoneId.of("UTC")).fillReceipt(lateEvening));

        assertThat(urumqi).contains("2025年3月6日 05:30").doesNotContain("2025年3月5日");
        assertThat(utc).contains("2025年3月5日 23:30").doesNotContain("2025年3月6日");
    }

    @Test
    void each_fill_names_the_print_after_the_case_number() {
        assertThat(reports.fillReceipt(Receipts.promised()).getName()).isEqualTo("受理回执-" + Receipts.CASE_NO);
    }
}
