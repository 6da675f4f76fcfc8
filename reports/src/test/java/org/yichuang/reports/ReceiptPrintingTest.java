package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** Prints through real CUPS to the cups-pdf queue that scripts/test-printer.sh sets up. */
class ReceiptPrintingTest {
    private static final String OFFLINE_PRINTER = "Yichuang_Offline";

    private static String printer;
    private static Path outDir;
    private static ReportService reports;
    private static JasperPrint receipt;

    @BeforeAll
    static void requireTheTestPrinter() {
        printer = System.getenv("YICHUANG_TEST_PRINTER");
        String out = System.getenv("YICHUANG_TEST_PRINTER_OUT");
        boolean configured = printer != null && !printer.isBlank() && out != null && !out.isBlank();
        if (!configured && "true".equals(System.getenv("CI"))) {
            fail("CI=true needs the CUPS test printer: eval \"$(scripts/test-printer.sh)\" before the build");
        }
        assumeTrue(configured, "no CUPS test printer; run: eval \"$(scripts/test-printer.sh)\"");
        outDir = Path.of(out);
        reports = new ReportService(ZoneId.of("Asia/Shanghai"));
        receipt = reports.fillReceipt(Receipts.promised());
    }

    @Test
    void the_test_printer_is_listed_among_the_printer_names() {
        assertThat(reports.printerNames()).contains(printer, OFFLINE_PRINTER);
    }

    @Test
    void printing_a_receipt_to_the_test_printer_produces_an_a4_pdf() {
        String jobName = "yichuang-receipt-" + UUID.randomUUID();

        reports.print(receipt, printer, jobName);

        Path pdf = await("cups-pdf output for " + jobName).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> newestPdfNamed(jobName), Optional::isPresent).orElseThrow();
        await("cups-pdf finished writing").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> Poppler.tryRun("pdfinfo", pdf.toString()).contains("Pages:"));
        String info = Poppler.run("pdfinfo", pdf.toString());
        deleteQuietly(pdf);
        assertThat(info).containsPattern("Pages:\\s+1\\b").contains("(A4)");
    }

    @Test
    void printing_to_a_stopped_printer_is_refused_as_printer_unavailable() {
        assertThatThrownBy(() -> reports.print(receipt, OFFLINE_PRINTER, "yichuang-offline"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRINTER_UNAVAILABLE))
                .hasMessageContaining(OFFLINE_PRINTER);
    }

    @Test
    void printing_to_an_unknown_printer_is_refused_as_printer_unavailable() {
        assertThatThrownBy(() -> reports.print(receipt, "No_Such_Printer_" + UUID.randomUUID(), "yichuang-missing"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRINTER_UNAVAILABLE));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the spool directory is shared; a leftover file harms no later run (names are unique)
        }
    }

    /** cups-pdf names each file after the job title; the job name is unique per test run. */
    private static Optional<Path> newestPdfNamed(String jobName) throws IOException {
        try (Stream<Path> files = Files.list(outDir)) {
            List<Path> matches = files.filter(p -> p.getFileName().toString().contains(jobName))
                    .filter(p -> p.getFileName().toString().endsWith(".pdf")).toList();
            return matches.stream().findFirst();
        }
    }
}
