package org.yichuang.client.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.queue.reception.JasperTicketPrinting;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.testing.SharedDevices;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.notice.Paper;
import org.yichuang.core.queue.TicketStatus;
import org.yichuang.reports.printer.Printers;

/**
 * The queue ticket through the client's print path (Jasper → print queue → CUPS) to scripts/test-printer.sh's 80 mm
 * queue: the printed PDF is on the 80 mm roll and holds the number; with no 80 mm printer chosen the ticket waits in
 * the print queue on disk instead of being lost.
 */
@SharedDevices
class TicketPrintingCupsTest {
    private Path queueDir;
    private Preferences node;
    private PrintQueue queue;

    @BeforeEach
    void setUp() throws Exception {
        queueDir = Files.createTempDirectory("yichuang-ticket-queue");
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (queue != null) {
            queue.close();
        }
        node.removeNode();
        try (Stream<Path> files = Files.walk(queueDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(Cups::deleteQuietly);
        }
    }

    private JasperTicketPrinting printing(CounterPrinters counter, FakeHallApi api) {
        Printers system = new Printers();
        queue = new PrintQueue(new PrintQueueStore(queueDir), new PdfPrinter(system), DocumentPrinting.fetcher(api),
                job -> counter.printerFor(job.paper()), Clock.systemUTC());
        DocumentPrinting documents = new DocumentPrinting(api, queue, counter, system, new FakeBackgroundTasks(),
                new Messages(Locale.SIMPLIFIED_CHINESE), new ScriptedUserPrompts(), Runnable::run);
        return new JasperTicketPrinting(api, documents, ZoneId.of("Asia/Shanghai"));
    }

    private static FakeHallApi signedIn() {
        FakeHallApi api = new FakeHallApi();
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, 3));
        return api;
    }

    /** A number no earlier run printed, so the output file is this test's. */
    private static String freshNumber() {
        return "Q" + (1000 + (int) (Math.random() * 9000));
    }

    private static TicketView ticket(String number) {
        return new TicketView(7, number, LocalDate.now(ZoneId.of("Asia/Shanghai")), "GENERAL", "综合受理",
                TicketStatus.WAITING, null, Instant.now(), 4, null, 0, null, null, null, null, "/q/tok" + number);
    }

    @Test
    void a_ticket_prints_on_the_80mm_queue_on_an_80mm_page_with_its_number() throws Exception {
        String roll = Cups.env("YICHUANG_TEST_PRINTER_80MM");
        Path outDir = Path.of(Cups.env("YICHUANG_TEST_PRINTER_OUT"));
        CounterPrinters counter = new CounterPrinters(new ClientPrefs(node), Optional::empty);
        counter.set(Paper.RECEIPT_80MM, roll);
        String number = freshNumber();

        PrintOutcome outcome = printing(counter, signedIn()).print(ticket(number));

        assertThat(outcome.complete()).as(outcome.toString()).isTrue();
        assertThat(queue.waiting()).isEmpty();
        Path pdf = Cups.awaitOutput(outDir, number);
        try {
            assertThat(Cups.info(pdf)).containsPattern("Page size:\\s+22[67](\\.\\d+)? x ");
            assertThat(Cups.text(pdf)).contains(number).contains("综合受理").contains("您前面还有 4 人等候");
        } finally {
            Cups.deleteQuietly(pdf);
        }
    }

    @Test
    void without_an_80mm_printer_the_ticket_waits_in_the_print_queue_with_its_pdf() throws Exception {
        CounterPrinters counter = new CounterPrinters(new ClientPrefs(node), () -> Optional.of("A4_only"));
        String number = freshNumber();

        PrintOutcome outcome = printing(counter, signedIn()).print(ticket(number));

        assertThat(outcome.complete()).isFalse();
        PrintJob waiting = outcome.waiting().get(0);
        assertThat(waiting.caseNo()).isEqualTo(number);
        assertThat(waiting.title()).isEqualTo(JasperTicketPrinting.TITLE);
        assertThat(waiting.paper()).isEqualTo(Paper.RECEIPT_80MM);
        assertThat(waiting.problem()).isNotBlank();
        assertThat(queue.waiting()).extracting(PrintJob::caseNo).containsExactly(number);
        assertThat(new PrintQueueStore(queueDir).pdf(waiting.id())).as("the paper is on disk").isPresent();
    }
}
