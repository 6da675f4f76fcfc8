package org.yichuang.client.supplement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.net.HttpHallApi;
import org.yichuang.client.print.DocumentPreviewDialog;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Lazy;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.staff.Role;
import org.yichuang.reports.ReportService;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.TestServer;

/**
 * The 补正/补齐 screen driven from the keyboard alone in the real client against the real server in-process: Shift+F8,
 * the case number as a barcode scanner sends it (digits, then Enter), Space on what was brought, F9; a partial
 * supplement earns its 材料接收凭证 and leaves the rest outstanding, the last material moves the case to 受理 and the
 * 受理通知书 opens in the preview; a case with nothing outstanding says so.
 */
class SupplementScreenEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    private static final String HEALTH = "11450128MB1602185R4000104002000";      // 公共场所卫生许可
    private static final String LICENCE = "营业执照";
    private static final String HEALTH_CERT = "从业人员健康合格证明";
    private static TestServer server;
    private static Lazy<ReportService> reports;
    private static String waiting;
    private static String accepted;

    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private Preferences node;
    private FrameFixture main;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start();
        ApiClient api = new ApiClient(server.baseUrl());
        String window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), server.counterNo());
        List<MaterialCheck> all = new ArrayList<>();
        try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            for (JsonNode item : new ObjectMapper().readTree(in).path("items")) {
                if (item.path("implementationCode").asText().equals(HEALTH)) {
                    for (JsonNode m : item.path("materials")) {
                        String name = m.path("name").asText();
                        all.add(name.equals(LICENCE) || name.equals(HEALTH_CERT) ? MaterialCheck.missing(name)
                                : m.path("required").asBoolean() ? MaterialCheck.received(name, 1, 1, 1)
                                : MaterialCheck.notApplicable(name));
                    }
                }
            }
        }
        waiting = newCase(api, window);
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        ApiClient.Response notice = api.postJson("/api/cases/" + waiting + "/intake", window, IntakeSubmission.of(
                UUID.randomUUID().toString(), IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, all)
                        .withSupplementDueOn(due)));
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        accepted = newCase(api, window);
        List<MaterialCheck> complete = all.stream().map(c -> c.outstanding()
                ? MaterialCheck.received(c.name(), 1, 1, 1) : c).toList();
        ApiClient.Response ok = api.postJson("/api/cases/" + accepted + "/intake", window, IntakeSubmission.of(
                UUID.randomUUID().toString(), IntakeRequest.of(IntakeOutcome.ACCEPT, complete)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    }

    private static String newCase(ApiClient api, String window) {
        ApiClient.Response r = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(), HEALTH,
                new ApplicantInput("王五", "11010519491231002X", null), null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("caseNo").asText();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startClient() {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        ClientPrefs prefs = new ClientPrefs(node);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        LaunchOptions options = new LaunchOptions(server.baseUrl(), String.valueOf(server.counterNo()),
                server.username(Role.WINDOW), server.password(Role.WINDOW), "light", Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> new ClientApp(options, prefs, messages, prompts,
                new SwingBackgroundTasks(ClientApp.failureHandler(messages, prompts)), HttpHallApi::new,
                zone -> reports(zone), () -> { }).start());
        main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        JTable items = main.table(IntakePanel.ITEM_TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(items::getRowCount) > 0);
        GuiActionRunner.execute(() -> {
            main.target().setExtendedState(Frame.NORMAL);
            main.target().setBounds(0, 0, 1366, 768);
            main.target().validate();
        });
        robot.waitForIdle();
        await().atMost(SLOW).untilAsserted(() -> main.textBox(IntakePanel.FILTER_FIELD).requireFocused());
    }

    private static synchronized Lazy<ReportService> reports(ZoneId zone) {
        if (reports == null) {
            reports = new Lazy<>(() -> new ReportService(zone));
        }
        return reports;
    }

    @AfterEach
    void closeClient() throws Exception {
        GuiActionRunner.execute(() -> {
            for (Frame f : Frame.getFrames()) {
                f.dispose();
            }
        });
        node.removeNode();
    }

    private void key(int code) {
        robot.pressAndReleaseKey(code);
    }

    /** Shift+F8, then the number as a scanner sends it: its characters and Enter. */
    private void scan(String caseNo) {
        robot.pressKey(KeyEvent.VK_SHIFT);
        robot.pressAndReleaseKey(KeyEvent.VK_F8);
        robot.releaseKey(KeyEvent.VK_SHIFT);
        awaitShowing(main.target(), SupplementPanel.CASE_FIELD);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(SupplementPanel.CASE_FIELD).requireFocused());
        robot.enterText(caseNo);
        key(KeyEvent.VK_ENTER);
    }

    private String message() {
        return GuiActionRunner.execute(() -> ((JLabel) robot.finder().findByName(main.target(),
                SupplementPanel.MESSAGE_LABEL, true)).getText());
    }

    private String column(JTable table, int row) {
        return GuiActionRunner.execute(() -> String.valueOf(table.getValueAt(row, 0)));
    }

    private String state(String caseNo) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT state FROM cases WHERE case_no = :no")
                .bind("no", caseNo).mapTo(String.class).one());
    }

    private List<String> previewed() {
        DialogFixture preview = WindowFinder.findDialog(DocumentPreviewDialog.NAME).withTimeout(SLOW.toMillis())
                .using(robot);
        @SuppressWarnings("unchecked")
        javax.swing.JList<org.yichuang.core.api.CaseDocumentView> list = (javax.swing.JList<
                org.yichuang.core.api.CaseDocumentView>) preview.list(DocumentPreviewDialog.DOCUMENT_LIST).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> list.getModel().getSize()) > 0);
        List<String> titles = GuiActionRunner.execute(() -> java.util.stream.IntStream
                .range(0, list.getModel().getSize()).mapToObj(i -> list.getModel().getElementAt(i).title()).toList());
        preview.close();
        return titles;
    }

    @Test
    void a_returning_applicant_is_scanned_supplemented_in_two_visits_and_accepted_with_the_keyboard_alone() {
        scan(waiting);
        JTable table = main.table(SupplementPanel.TABLE).target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> table.getRowCount() == 2 && table.isFocusOwner()));
        assertThat(column(table, 0)).isEqualTo(LICENCE);
        assertThat(column(table, 1)).isEqualTo(HEALTH_CERT);
        assertThat(message()).contains("一次性告知补正", "2 项");
        assertThat(GuiActionRunner.execute(() -> ((JLabel) robot.finder().findByName(main.target(),
                SupplementPanel.CASE_LABEL, true)).getText())).contains(waiting, "公共场所卫生许可证核发", "王五");

        // the first visit: only the licence, on paper, original checked
        key(KeyEvent.VK_SPACE);
        key(KeyEvent.VK_V);
        key(KeyEvent.VK_F9);
        assertThat(previewed()).containsExactly("材料接收凭证");
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(table::getRowCount) == 1);
        assertThat(message()).contains("已登记 1 项", "尚有 1 项");
        assertThat(state(waiting)).isEqualTo("NEEDS_SUPPLEMENT");

        // the second visit, scanned again: the rest moves the case to 受理 and its notice is printed
        key(KeyEvent.VK_F12);
        scan(waiting);
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> table.getRowCount() == 1 && table.isFocusOwner()));
        assertThat(column(table, 0)).isEqualTo(HEALTH_CERT);
        key(KeyEvent.VK_F9);
        assertThat(message()).contains("请先勾选");
        key(KeyEvent.VK_SPACE);
        key(KeyEvent.VK_F9);
        assertThat(previewed()).containsExactly("材料接收凭证", "受理通知书");
        await().atMost(SLOW).until(() -> message().contains("材料已全部补齐"));
        assertThat(state(waiting)).isEqualTo("ACCEPTED");
        int supplemented = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM case_materials m "
                + "JOIN cases c ON c.id = m.case_id WHERE c.case_no = :no AND m.supplemented AND m.status = 'RECEIVED'")
                .bind("no", waiting).mapTo(Integer.class).one());
        assertThat(supplemented).isEqualTo(2);
    }

    @Test
    void a_case_with_nothing_outstanding_says_so_and_keeps_the_field_for_the_next_scan() {
        scan(accepted.toLowerCase(Locale.ROOT));
        await().atMost(SLOW).until(() -> message().contains("没有待补交的材料"));
        assertThat(message()).contains(accepted, "受理");
        JTable table = main.table(SupplementPanel.TABLE).target();
        int rows = GuiActionRunner.execute(table::getRowCount);
        assertThat(rows).isZero();
        await().atMost(SLOW).untilAsserted(() -> main.textBox(SupplementPanel.CASE_FIELD).requireFocused());
    }
}
