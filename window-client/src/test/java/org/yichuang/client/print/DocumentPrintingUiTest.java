package org.yichuang.client.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.cases.CaseFixture;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.testing.SharedDevices;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.CaseDocumentView;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.printer.Printers;

/**
 * The clerk's path under Xvfb: the documents preview shows the server's PDFs, printing to a stopped printer puts
 * them in the 打印队列 with the printer's reason, and once the counter's A4 printer works they print from there.
 */
@SharedDevices
class DocumentPrintingUiTest extends SwingTestBase {
    private final List<Throwable> failures = new ArrayList<>();
    private final ScriptedUserPrompts scripted = new ScriptedUserPrompts();
    private String pick;
    /** The scripted prompts, except that a printer choice picks the queue named {@link #pick}, whatever its state. */
    private final UserPrompts prompts = new UserPrompts() {
        @Override
        public boolean confirm(String title, String message) {
            return scripted.confirm(title, message);
        }

        @Override
        public void inform(String title, String message) {
            scripted.inform(title, message);
        }

        @Override
        public void warn(String title, String message) {
            scripted.warn(title, message);
        }

        @Override
        public Optional<Path> chooseFile(String title, String suggestedName, String extension) {
            return scripted.chooseFile(title, suggestedName, extension);
        }

        @Override
        public Optional<String> choose(String title, String message, List<String> choices, String initial) {
            return choices.stream().filter(c -> c.startsWith(pick + " ")).findFirst();
        }
    };
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private Path queueDir;
    private Path outDir;
    private String a4;
    private Preferences node;
    private DocumentPrinting printing;
    private JFrame owner;
    private String printedCase;

    @BeforeEach
    void setUp() throws IOException {
        a4 = Cups.env("YICHUANG_TEST_PRINTER");
        outDir = Path.of(Cups.env("YICHUANG_TEST_PRINTER_OUT"));
        queueDir = Files.createTempDirectory("yichuang-print-queue-ui");
        node = Preferences.userRoot().node("yichuang-test/printq-" + UUID.randomUUID());
    }

    @AfterEach
    void tearDown() throws IOException, BackingStoreException {
        if (owner != null) {
            GuiActionRunner.execute(() -> {
                for (java.awt.Window w : owner.getOwnedWindows()) {
                    w.dispose();
                }
                owner.dispose();
            });
        }
        if (printing != null) {
            printing.close();
        }
        if (printedCase != null) {
            removeOutput(printedCase);
        }
        node.removeNode();
        try (Stream<Path> files = Files.walk(queueDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(Cups::deleteQuietly);
        }
    }

    @Test
    void the_clerk_previews_prints_to_a_stopped_printer_finds_the_papers_in_the_print_queue_and_prints_them_later()
            throws Exception {
        FakeHallApi api = CaseFixture.signedInClerk();
        String caseNo = CaseFixture.newCase(api, "张三");
        // the fake's clock is fixed, so is the case number: an earlier run's papers must not count as this run's
        removeOutput(caseNo);
        printedCase = caseNo;
        List<CaseDocumentView> documents = List.of(
                api.issueDocument(caseNo, NoticeKind.MATERIAL_RECEIPT, TestPdfs.notice("材料接收凭证", caseNo, Paper.A4)),
                api.issueDocument(caseNo, NoticeKind.ACCEPTANCE, TestPdfs.notice("受理通知书", caseNo, Paper.A4)));
        ClientPrefs prefs = new ClientPrefs(node);
        prefs.put(ClientPrefs.KEY_PRINTER, Cups.OFFLINE);   // the counter's A4 printer is stopped
        Printers system = new Printers();
        CounterPrinters counter = new CounterPrinters(prefs, system::defaultName);
        PrintQueue queue = new PrintQueue(new PrintQueueStore(queueDir), new PdfPrinter(system),
                DocumentPrinting.fetcher(api), job -> counter.printerFor(job.paper()), Clock.systemUTC());
        SwingBackgroundTasks tasks = new SwingBackgroundTasks(failures::add);
        printing = new DocumentPrinting(api, queue, counter, system, tasks, messages, prompts,
                SwingUtilities::invokeLater);
        owner = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("一窗");
            f.setBounds(0, 0, 1366, 768);
            f.setVisible(true);
            return f;
        });

        DocumentPreviewDialog preview = GuiActionRunner.execute(() -> printing.preview(owner, caseNo, documents));
        awaitShowing(preview, DocumentPreviewDialog.PAGE_LABEL);
        await().atMost(Duration.ofSeconds(30)).until(() -> GuiActionRunner.execute(
                () -> ((JLabel) robot.finder().findByName(preview, DocumentPreviewDialog.PAGE_LABEL, true)).getIcon())
                != null);
        assertThat(preview.getWidth()).isLessThanOrEqualTo(1366);
        assertThat(preview.getHeight()).isLessThanOrEqualTo(768);
        shot(preview, "documents-preview");
        screen(preview, "documents-preview-1366x768");

        robot.click(button(preview, DocumentPreviewDialog.PRINT_ALL_BUTTON));
        await().atMost(Duration.ofSeconds(60)).until(() -> !scripted.warnings().isEmpty());
        assertThat(scripted.warnings().get(0)).contains("2 份文书未打印", "打印机", Cups.OFFLINE, "脱机（测试）",
                "打印队列");
        assertThat(GuiActionRunner.execute(() -> preview.presenter().state().status())).contains("加入打印队列");
        shot(preview, "documents-preview-queued");

        robot.click(button(preview, DocumentPreviewDialog.QUEUE_BUTTON));
        PrintQueueDialog dialog = await().atMost(Duration.ofSeconds(30)).until(() -> GuiActionRunner.execute(
                () -> openQueueDialog()), Optional::isPresent).orElseThrow();
        awaitShowing(dialog, PrintQueueDialog.TABLE);
        JTable table = (JTable) robot.finder().findByName(dialog, PrintQueueDialog.TABLE, true);
        await().atMost(Duration.ofSeconds(30)).until(() -> GuiActionRunner.execute(table::getRowCount) == 2);
        assertThat(GuiActionRunner.execute(() -> (String) table.getValueAt(0, 0))).isEqualTo(caseNo);
        assertThat(GuiActionRunner.execute(() -> (String) table.getValueAt(0, 1))).isEqualTo("材料接收凭证");
        assertThat(GuiActionRunner.execute(() -> (String) table.getValueAt(1, 4)))
                .contains("打印机", Cups.OFFLINE, "脱机（测试）");
        assertThat(Cups.find(outDir, caseNo)).isEmpty();
        shot(dialog, "print-queue");
        screen(dialog, "print-queue-1366x768");

        assertThat(GuiActionRunner.execute(() -> ((JLabel) robot.finder().findByName(dialog,
                PrintQueueDialog.DETAIL_LABEL, true)).getText())).contains("材料接收凭证", Cups.OFFLINE, "脱机（测试）");
        assertThat(GuiActionRunner.execute(() -> ((JLabel) robot.finder().findByName(dialog,
                PrintQueueDialog.PRINTERS_LABEL, true)).getText())).contains("A4：" + Cups.OFFLINE);

        // the administrator fixes nothing; the clerk sends the counter's A4 papers to a working printer and retries
        pick = a4;
        robot.click(button(dialog, PrintQueueDialog.A4_PRINTER_BUTTON));
        await().atMost(Duration.ofSeconds(30)).until(() -> counter.configured(Paper.A4).equals(Optional.of(a4)));
        await().atMost(Duration.ofSeconds(10)).until(() -> GuiActionRunner.execute(() -> ((JLabel) robot.finder()
                .findByName(dialog, PrintQueueDialog.PRINTERS_LABEL, true)).getText()).contains("A4：" + a4));
        robot.click(button(dialog, PrintQueueDialog.RETRY_ALL_BUTTON));
        await().atMost(Duration.ofSeconds(60)).until(() -> GuiActionRunner.execute(table::getRowCount) == 0);
        // the rows go as each job prints; the summary follows when the whole retry is done
        await().atMost(Duration.ofSeconds(30)).until(() -> String.valueOf(GuiActionRunner.execute(
                () -> dialog.presenter().state().status())).contains("2 份已打印"));
        Path printed = Cups.awaitOutput(outDir, caseNo);
        try {
            assertThat(Cups.text(printed)).contains(caseNo);
        } finally {
            cleanOutput(caseNo);
        }
        assertThat(queue.waiting()).isEmpty();
        shot(dialog, "print-queue-printed");
        assertThat(failures).isEmpty();
    }

    /**
     * Saves what a 1366×768 counter screen shows: the main window with the dialog over it where it stands, so the
     * picture proves the dialog fits the smallest screen halls use.
     */
    private void screen(java.awt.Window dialog, String name) {
        robot.waitForIdle();
        org.yichuang.client.testing.Glyphs.assertDisplayable(dialog);
        java.awt.image.BufferedImage image = GuiActionRunner.execute(() -> {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1366, 768,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            try {
                owner.printAll(g);
                java.awt.Point at = new java.awt.Point(dialog.getX() - owner.getX(), dialog.getY() - owner.getY());
                java.awt.Graphics2D d = (java.awt.Graphics2D) g.create(at.x, at.y, dialog.getWidth(),
                        dialog.getHeight());
                dialog.printAll(d);
                d.dispose();
            } finally {
                g.dispose();
            }
            return img;
        });
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(1366);
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(768);
        write(image, name, true);
    }

    /** Writes into target/screenshots, and into {@code yichuang.screenshots} (docs) when {@code forDocs}. */
    private static void write(java.awt.image.BufferedImage image, String name, boolean forDocs) {
        for (String dir : new String[] {"target/screenshots",
                forDocs ? System.getProperty("yichuang.screenshots") : null}) {
            if (dir != null && !dir.isBlank()) {
                try {
                    Files.createDirectories(Path.of(dir));
                    javax.imageio.ImageIO.write(image, "png", Path.of(dir, name + ".png").toFile());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    /** A picture of one window for target/screenshots only (the docs keep the 1366×768 screens). */
    private void shot(java.awt.Window window, String name) {
        robot.waitForIdle();
        org.yichuang.client.testing.Glyphs.assertDisplayable(window);
        write(GuiActionRunner.execute(() -> {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(window.getWidth(), window.getHeight(),
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            try {
                window.printAll(g);
            } finally {
                g.dispose();
            }
            return img;
        }), name, false);
    }

    private Optional<PrintQueueDialog> openQueueDialog() {
        for (java.awt.Window w : owner.getOwnedWindows()) {
            if (w instanceof PrintQueueDialog d && d.isShowing()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private JButton button(java.awt.Container root, String name) {
        return (JButton) robot.finder().findByName(root, name, true);
    }

    private void cleanOutput(String caseNo) throws IOException {
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30))
                .until(() -> countOutput(caseNo) >= 2);
        removeOutput(caseNo);
    }

    private void removeOutput(String caseNo) throws IOException {
        try (Stream<Path> files = Files.list(outDir)) {
            files.filter(p -> p.getFileName().toString().contains(caseNo)).forEach(Cups::deleteQuietly);
        }
    }

    private long countOutput(String caseNo) throws IOException {
        try (Stream<Path> files = Files.list(outDir)) {
            return files.filter(p -> p.getFileName().toString().contains(caseNo)).count();
        }
    }
}
