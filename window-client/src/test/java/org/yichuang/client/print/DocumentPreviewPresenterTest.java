package org.yichuang.client.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.client.cases.CaseFixture;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseDocumentView;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.printer.Printers;

/** The preview's state and commands, without a screen or a printer: nothing chosen for the roll, so jobs wait. */
class DocumentPreviewPresenterTest {
    @TempDir
    Path dir;
    private final Preferences node = Preferences.userRoot().node("yichuang-test/preview-" + UUID.randomUUID());
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private FakeHallApi api;
    private String caseNo;
    private List<CaseDocumentView> documents;
    private PrintQueue queue;
    private DocumentPrinting printing;

    @BeforeEach
    void setUp() {
        api = CaseFixture.signedInClerk();
        caseNo = CaseFixture.newCase(api, "张三");
        documents = List.of(
                api.issueDocument(caseNo, NoticeKind.MATERIAL_RECEIPT, TestPdfs.notice("材料接收凭证", caseNo, Paper.A4)),
                api.issueDocument(caseNo, NoticeKind.NOT_COMPETENT, TestPdfs.notice("不予受理通知书", caseNo, Paper.A4)));
        Printers system = new Printers();
        CounterPrinters counter = new CounterPrinters(new ClientPrefs(node), Optional::empty);   // a PC without printers
        queue = new PrintQueue(new PrintQueueStore(dir.resolve("queue")), new PdfPrinter(system),
                DocumentPrinting.fetcher(api), job -> counter.printerFor(job.paper()), Clock.systemUTC());
        printing = new DocumentPrinting(api, queue, counter, system, tasks, messages, prompts, Runnable::run);
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        queue.close();
        node.removeNode();
    }

    @Test
    void the_first_document_shows_on_a4_and_another_paper_fetches_that_papers_pdf() {
        DocumentPreviewPresenter presenter = presenter();
        presenter.load();
        assertThat(presenter.state().document().title()).isEqualTo("材料接收凭证");
        assertThat(presenter.state().paper()).isEqualTo(Paper.A4);
        assertThat(presenter.state().pdf()).isNotNull();

        presenter.choosePaper(Paper.RECEIPT_80MM);

        assertThat(presenter.state().paper()).isEqualTo(Paper.RECEIPT_80MM);
        assertThat(presenter.state().pdf()).isNotNull();
        presenter.select(1);
        assertThat(presenter.state().document().title()).isEqualTo("不予受理通知书");
        assertThat(presenter.state().paper()).as("不予受理通知书 exists on A4 only").isEqualTo(Paper.A4);
    }

    @Test
    void printing_without_a_printer_keeps_the_paper_in_the_queue_and_warns_the_clerk_why() {
        DocumentPreviewPresenter presenter = presenter();
        presenter.load();
        presenter.choosePaper(Paper.RECEIPT_80MM);

        presenter.print();

        assertThat(queue.waiting()).singleElement().satisfies(job -> {
            assertThat(job.caseNo()).isEqualTo(caseNo);
            assertThat(job.title()).isEqualTo("材料接收凭证");
            assertThat(job.paper()).isEqualTo(Paper.RECEIPT_80MM);
            assertThat(job.problem()).contains("本窗口未设置80毫米热敏小票打印机");
        });
        assertThat(prompts.warnings()).singleElement().asString().contains("1 份文书未打印", "打印队列");
        assertThat(presenter.state().status()).contains("加入打印队列");
        assertThat(presenter.state().busy()).isFalse();
    }

    @Test
    void a_copy_is_fetched_from_the_servers_copy_route_which_counts_it() {
        DocumentPreviewPresenter presenter = presenter();
        presenter.load();

        presenter.printCopy();

        assertThat(api.caseDocuments(caseNo).get(0).copiesPrinted()).isEqualTo(1);
        assertThat(queue.waiting()).singleElement().satisfies(job -> assertThat(job.copy()).isTrue());
    }

    @Test
    void saving_writes_the_shown_pdf_where_the_clerk_chose() throws IOException {
        DocumentPreviewPresenter presenter = presenter();
        presenter.load();
        Path target = dir.resolve("受理.pdf");
        prompts.answer(target);

        presenter.save();

        assertThat(Files.readAllBytes(target)).isEqualTo(api.documentPdf(caseNo, documents.get(0).id(), Paper.A4));
        assertThat(presenter.state().status()).contains("已保存");
    }

    private DocumentPreviewPresenter presenter() {
        return new DocumentPreviewPresenter(caseNo, documents, printing, tasks, messages, prompts);
    }
}
