package org.yichuang.client.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.SharedDevices;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.printer.Printers;

/**
 * Prints server-like notice PDFs through the real CUPS queues of scripts/test-printer.sh (cups-pdf, A4 and 80 mm)
 * and reads the printed PDFs back with poppler; the offline cases keep the job in the print queue on disk.
 */
@SharedDevices
class PrintQueueCupsTest {
    private Path queueDir;
    private Path outDir;
    private String a4;
    private final Printers printers = new Printers();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<byte[]> serverCopy = new AtomicReference<>();
    private final DocumentSource server = (caseNo, id, paper, copy) -> {
        fetches.incrementAndGet();
        return serverCopy.get();
    };
    private PrintQueue queue;
    private String toggled;

    @BeforeEach
    void setUp() throws IOException {
        a4 = Cups.env("YICHUANG_TEST_PRINTER");
        outDir = Path.of(Cups.env("YICHUANG_TEST_PRINTER_OUT"));
        queueDir = Files.createTempDirectory("yichuang-print-queue");
    }

    @AfterEach
    void tearDown() throws IOException {
        if (queue != null) {
            queue.close();
        }
        if (toggled != null) {
            Cups.exit("cupsenable", toggled);   // leave it as the script made it
        }
        if (queueDir != null) {
            try (Stream<Path> files = Files.walk(queueDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(Cups::deleteQuietly);
            }
        }
    }

    @Test
    void an_a4_notice_prints_through_cups_and_the_printed_pdf_holds_the_case_number_and_the_title() throws Exception {
        String caseNo = caseNo();
        queue = queue(j -> Optional.empty());

        PrintQueue.Attempt attempt = queue.submit(job(caseNo, "受理通知书", Paper.A4, a4),
                TestPdfs.notice("受理通知书", caseNo, Paper.A4)).get(60, TimeUnit.SECONDS);

        assertThat(attempt.printed()).as(attempt.problem()).isTrue();
        assertThat(attempt.route()).isEqualTo(PdfPrinter.Route.PDF_TO_QUEUE);
        assertThat(queue.waiting()).isEmpty();
        Path pdf = Cups.awaitOutput(outDir, caseNo);
        try {
            assertThat(Cups.info(pdf)).containsPattern("Pages:\\s+1\\b").contains("(A4)");
            assertThat(Cups.text(pdf)).contains(caseNo).contains("受理通知书");
        } finally {
            Cups.deleteQuietly(pdf);
        }
    }

    @Test
    void an_80mm_slip_prints_through_the_80mm_queue_on_an_80mm_page_with_the_case_number_and_the_title()
            throws Exception {
        String receipt = Cups.env("YICHUANG_TEST_PRINTER_80MM");
        String caseNo = caseNo();
        queue = queue(j -> Optional.empty());

        PrintQueue.Attempt attempt = queue.submit(job(caseNo, "材料接收凭证", Paper.RECEIPT_80MM, receipt),
                TestPdfs.notice("材料接收凭证", caseNo, Paper.RECEIPT_80MM)).get(60, TimeUnit.SECONDS);

        assertThat(attempt.printed()).as(attempt.problem()).isTrue();
        Path pdf = Cups.awaitOutput(outDir, caseNo);
        try {
            // 80 mm = 226.8 pt; cups-pdf writes the queue's page (Custom.80x297mm), never A4's 595 pt
            assertThat(Cups.info(pdf)).containsPattern("Page size:\\s+22[67](\\.\\d+)? x ");
            assertThat(Cups.text(pdf)).contains(caseNo).contains("材料接收凭证");
        } finally {
            Cups.deleteQuietly(pdf);
        }
    }

    @Test
    void the_servers_rendered_notices_print_on_a4_and_on_the_80mm_roll_with_their_case_number_and_title()
            throws Exception {
        String receipt = Cups.env("YICHUANG_TEST_PRINTER_80MM");
        String caseNo = caseNo();
        queue = queue(j -> Optional.empty());

        PrintQueue.Attempt onA4 = queue.submit(job(caseNo, "受理通知书", Paper.A4, a4),
                RenderedNotices.pdf(org.yichuang.core.notice.NoticeKind.ACCEPTANCE, caseNo, Paper.A4))
                .get(60, TimeUnit.SECONDS);
        String slipCase = caseNo + "S";
        PrintQueue.Attempt onRoll = queue.submit(job(slipCase, "材料接收凭证", Paper.RECEIPT_80MM, receipt),
                RenderedNotices.pdf(org.yichuang.core.notice.NoticeKind.MATERIAL_RECEIPT, slipCase,
                        Paper.RECEIPT_80MM)).get(60, TimeUnit.SECONDS);

        assertThat(onA4.printed()).as(onA4.problem()).isTrue();
        assertThat(onRoll.printed()).as(onRoll.problem()).isTrue();
        Path a4Pdf = Cups.awaitOutput(outDir, caseNo + "-");
        Path rollPdf = Cups.awaitOutput(outDir, slipCase);
        try {
            assertThat(Cups.info(a4Pdf)).contains("(A4)");
            assertThat(Cups.text(a4Pdf)).contains(caseNo).contains("受理通知书");
            assertThat(Cups.info(rollPdf)).containsPattern("Page size:\\s+22[67](\\.\\d+)? x ");
            assertThat(Cups.text(rollPdf)).contains(slipCase).contains("材料接收凭证");
        } finally {
            Cups.deleteQuietly(a4Pdf);
            Cups.deleteQuietly(rollPdf);
        }
    }

    @Test
    void rendering_with_pdfbox_the_way_windows_printers_need_also_completes_on_a4() throws Exception {
        String caseNo = caseNo();
        PrintJob job = job(caseNo, "不予受理通知书", Paper.A4, a4);

        PdfPrinter.Route route = new PdfPrinter(printers, false).print(
                TestPdfs.notice("不予受理通知书", caseNo, Paper.A4), a4, Paper.A4, job.jobName());

        assertThat(route).isEqualTo(PdfPrinter.Route.RENDERED);
        Path pdf = Cups.awaitOutput(outDir, caseNo);
        try {
            assertThat(Cups.info(pdf)).containsPattern("Pages:\\s+1\\b").contains("(A4)");
        } finally {
            Cups.deleteQuietly(pdf);
        }
    }

    @Test
    void a_notice_for_a_stopped_printer_waits_in_the_queue_with_the_reason_and_prints_once_the_printer_is_enabled()
            throws Exception {
        // the toggle queue's own CUPS policy lets this unprivileged test stop and start it (scripts/test-printer.sh)
        toggled = Cups.env("YICHUANG_TEST_PRINTER_TOGGLE");
        assertThat(Cups.exit("cupsdisable", "-r", "卡纸（测试）", toggled)).as("cupsdisable " + toggled).isZero();
        String caseNo = caseNo();
        byte[] notice = TestPdfs.notice("一次性告知书", caseNo, Paper.A4);
        queue = queue(j -> Optional.empty());

        PrintQueue.Attempt attempt = queue.submit(job(caseNo, "一次性告知书", Paper.A4, toggled), notice)
                .get(60, TimeUnit.SECONDS);

        assertThat(attempt.printed()).isFalse();
        assertThat(attempt.problem()).contains("打印机", toggled, "已暂停", "卡纸（测试）");
        queue.close();
        // a killed client: a new queue over the same directory still has the job and its bytes
        queue = queue(j -> Optional.empty());
        assertThat(queue.waiting()).singleElement().satisfies(j -> {
            assertThat(j.caseNo()).isEqualTo(caseNo);
            assertThat(j.problem()).contains("卡纸（测试）");
            assertThat(j.attempts()).isEqualTo(1);
        });
        assertThat(Cups.find(outDir, caseNo)).isEmpty();

        assertThat(Cups.exit("cupsenable", toggled)).isZero();
        queue.startRetrying(java.time.Duration.ofMillis(200));

        Path pdf = Cups.awaitOutput(outDir, caseNo);
        try {
            assertThat(Cups.text(pdf)).contains(caseNo).contains("一次性告知书");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> queue.waiting().isEmpty());
            assertThat(fetches).hasValue(0);
        } finally {
            Cups.deleteQuietly(pdf);
        }
    }

    @Test
    void a_job_for_a_stopped_printer_prints_once_the_counter_chooses_a_working_printer() throws Exception {
        String caseNo = caseNo();
        AtomicReference<String> counterPrinter = new AtomicReference<>();
        queue = queue(j -> Optional.ofNullable(counterPrinter.get()));

        PrintQueue.Attempt attempt = queue.submit(job(caseNo, "容缺受理通知书", Paper.A4, Cups.OFFLINE),
                TestPdfs.notice("容缺受理通知书", caseNo, Paper.A4)).get(60, TimeUnit.SECONDS);

        assertThat(attempt.printed()).isFalse();
        assertThat(attempt.problem()).contains("打印机", Cups.OFFLINE, "脱机（测试）");
        counterPrinter.set(a4);
        PrintQueue.Attempt retried = queue.retryAll().get(60, TimeUnit.SECONDS).get(0);

        assertThat(retried.printed()).as(retried.problem()).isTrue();
        assertThat(retried.job().printer()).isEqualTo(a4);
        Path pdf = Cups.awaitOutput(outDir, caseNo);
        try {
            assertThat(Cups.text(pdf)).contains(caseNo).contains("容缺受理通知书");
            assertThat(queue.waiting()).isEmpty();
        } finally {
            Cups.deleteQuietly(pdf);
        }
    }

    @Test
    void a_waiting_job_whose_pdf_is_gone_fetches_it_again_from_the_server_before_printing() throws Exception {
        String caseNo = caseNo();
        AtomicReference<String> counterPrinter = new AtomicReference<>();
        queue = queue(j -> Optional.ofNullable(counterPrinter.get()));
        PrintJob job = job(caseNo, "受理通知书", Paper.A4, Cups.OFFLINE);
        queue.submit(job, TestPdfs.notice("受理通知书", caseNo, Paper.A4)).get(60, TimeUnit.SECONDS);
        Files.delete(queueDir.resolve(job.id() + ".pdf"));
        serverCopy.set(TestPdfs.notice("受理通知书", caseNo, Paper.A4));

        PrintQueue.Attempt stillOffline = queue.retry(job.id()).get(60, TimeUnit.SECONDS);
        assertThat(stillOffline.printed()).isFalse();
        assertThat(fetches).as("no fetch while the printer cannot print").hasValue(0);
        counterPrinter.set(a4);
        PrintQueue.Attempt printed = queue.retry(job.id()).get(60, TimeUnit.SECONDS);

        assertThat(printed.printed()).as(printed.problem()).isTrue();
        assertThat(fetches).hasValue(1);
        Path pdf = Cups.awaitOutput(outDir, caseNo);
        try {
            assertThat(Cups.text(pdf)).contains(caseNo);
        } finally {
            Cups.deleteQuietly(pdf);
        }
    }

    @Test
    void a_job_the_scheduled_retry_sends_first_is_not_sent_again_by_its_own_attempt() throws Exception {
        queue = queue(j -> Optional.empty());
        queue.startRetrying(java.time.Duration.ofMillis(1));   // the retry races every submit
        List<String> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String caseNo = caseNo() + "R" + i;
            cases.add(caseNo);
            PrintQueue.Attempt attempt = queue.submit(job(caseNo, "受理通知书", Paper.A4, a4),
                    TestPdfs.notice("受理通知书", caseNo, Paper.A4)).get(60, TimeUnit.SECONDS);
            assertThat(attempt.printed()).as(attempt.problem()).isTrue();
        }
        for (String caseNo : cases) {
            Cups.awaitOutput(outDir, caseNo);
        }
        // The queue sends on one worker thread and CUPS prints a queue's jobs in order: once a job submitted after
        // all of them has come out, any second copy sent before it has come out too.
        String sentinel = caseNo() + "S";
        cases.add(sentinel);
        assertThat(queue.submit(job(sentinel, "受理通知书", Paper.A4, a4), TestPdfs.notice("受理通知书", sentinel,
                Paper.A4)).get(60, TimeUnit.SECONDS).printed()).isTrue();
        Cups.awaitOutput(outDir, sentinel);
        try {
            for (String caseNo : cases) {
                try (Stream<Path> files = Files.list(outDir)) {
                    assertThat(files.filter(p -> p.getFileName().toString().contains(caseNo))).as(caseNo).hasSize(1);
                }
            }
        } finally {
            for (String caseNo : cases) {
                try (Stream<Path> files = Files.list(outDir)) {
                    files.filter(p -> p.getFileName().toString().contains(caseNo)).forEach(Cups::deleteQuietly);
                }
            }
        }
    }

    @Test
    void a_job_for_an_unknown_printer_waits_and_can_be_discarded_by_the_clerk() throws Exception {
        String caseNo = caseNo();
        queue = queue(j -> Optional.empty());
        PrintJob job = job(caseNo, "受理通知书", Paper.A4, "No_Such_Printer_" + caseNo);

        PrintQueue.Attempt attempt = queue.submit(job, TestPdfs.notice("受理通知书", caseNo, Paper.A4))
                .get(60, TimeUnit.SECONDS);
        assertThat(attempt.problem()).contains("未找到打印机", job.printer());
        queue.discard(job.id()).get(10, TimeUnit.SECONDS);

        assertThat(queue.waiting()).isEmpty();
        try (Stream<Path> left = Files.list(queueDir)) {
            assertThat(left).isEmpty();
        }
    }

    private PrintQueue queue(Function<PrintJob, Optional<String>> currentPrinter) {
        return new PrintQueue(new PrintQueueStore(queueDir), new PdfPrinter(printers), server, currentPrinter,
                Clock.systemUTC());
    }

    private static PrintJob job(String caseNo, String title, Paper paper, String printer) {
        return new PrintJob(UUID.randomUUID().toString(), caseNo, 7, title, paper, printer, false, Instant.now(), 0,
                null, null);
    }

    /** Unique per run: cups-pdf's file name keeps the ASCII part of the job name, so the test finds its own file. */
    private static String caseNo() {
        return "PQ" + System.currentTimeMillis() + (int) (Math.random() * 1000);
    }
}
