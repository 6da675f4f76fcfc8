package org.yichuang.client.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.cases.detail.CaseDetailDialog;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.net.HttpHallApi;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Lazy;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.staff.Role;
import org.yichuang.reports.ReportService;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * The 办件 page against the real server (embedded PostgreSQL, Javalin, the real alert stream) on a clock the test
 * moves: cases received on 2026-02-02 and 2026-03-02 are judged on 2026-03-20, when one is past its statutory limit
 * (红牌) and one past its promised limit (黄牌).
 */
class CasesEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    /** 娱乐场所经营许可: promised 10 working days, statutory 20, 听证 stops the clock. */
    private static final String ITEM = "11450128MB1606880Y4000101121000";
    private static final Instant FEB_2 = Instant.parse("2026-02-02T02:00:00Z");
    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant MAR_10 = Instant.parse("2026-03-10T02:00:00Z");
    private static final Instant MAR_20 = Instant.parse("2026-03-20T02:00:00Z");

    private final MutableClock clock = new MutableClock(FEB_2);
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private TestServer server;
    private Preferences node;

    @BeforeEach
    void startServer() {
        server = TestServer.start(clock);
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
    }

    @AfterEach
    void stopServer() throws Exception {
        node.removeNode();
        server.close();
    }

    private void setClock(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    private HttpHallApi api(Role role) {
        HttpHallApi api = new HttpHallApi(URI.create(server.baseUrl()));
        api.signIn(new SignInRequest(server.username(role), server.password(role),
                role == Role.WINDOW ? server.counterNo() : null));
        return api;
    }

    private static String newCase(HttpHallApi clerk, String name) {
        return clerk.createCase(new NewCase(UUID.randomUUID().toString(), ITEM,
                new ApplicantInput(name, "11010519491231002X", null), null)).caseNo();
    }

    private static void take(HttpHallApi api, String caseNo, CaseAction action) {
        api.transition(caseNo, CaseTransitionRequest.of(action, UUID.randomUUID().toString()));
    }

    /**
     * 受理 at intake with the item's whole checklist (issue 10: the transitions route refuses it). Posted directly:
     * the HallApi's intake methods belong to the intake screen's work.
     */
    private void accept(String caseNo) {
        org.yichuang.server.testing.ApiClient http = new org.yichuang.server.testing.ApiClient(server.baseUrl());
        String token = http.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), server.counterNo());
        var item = server.demoCatalog().items().stream().filter(i -> i.implementationCode().equals(ITEM)).findFirst()
                .orElseThrow();
        var checklist = item.materials().stream().map(m -> m.required()
                ? org.yichuang.core.intake.MaterialCheck.received(m.name(), 1, 1, 2)
                : org.yichuang.core.intake.MaterialCheck.notApplicable(m.name())).toList();
        var r = http.postJson("/api/cases/" + caseNo + "/intake", token, org.yichuang.core.api.IntakeSubmission.of(
                UUID.randomUUID().toString(), org.yichuang.core.intake.IntakeRequest.of(
                        org.yichuang.core.intake.IntakeOutcome.ACCEPT, checklist).withIntentAsked(true)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Seeds: D accepted 02-02, A and B accepted 03-02, C only received; on 03-20 B goes yellow and D red. */
    private record Seeded(String a, String b, String c, String d) {
    }

    private Seeded seed() {
        HttpHallApi clerk = api(Role.WINDOW);
        String d = newCase(clerk, "赵六");
        accept(d);
        setClock(MAR_2);
        clerk = api(Role.WINDOW);
        String a = newCase(clerk, "张三");
        String b = newCase(clerk, "李四");
        String c = newCase(clerk, "王五");
        accept(a);
        accept(b);
        setClock(MAR_20);
        HttpHallApi backOffice = api(Role.BACK_OFFICE);
        // every transition judges the case's 红黄牌 again: B is past its promised date, D past its statutory one
        take(backOffice, b, CaseAction.START_REVIEW);
        take(backOffice, d, CaseAction.START_REVIEW);
        return new Seeded(a, b, c, d);
    }

    private FrameFixture signIn(Role role) {
        startClient();
        return signInAgain(role);
    }

    private void startClient() {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        LaunchOptions options = new LaunchOptions(server.baseUrl(), null, null, null, "light",
                Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> new ClientApp(options, new ClientPrefs(node), messages, prompts,
                new SwingBackgroundTasks(ClientApp.failureHandler(messages, prompts)), HttpHallApi::new,
                zone -> new Lazy<>(() -> new ReportService(zone)), () -> { }).start());
    }

    /** Fills the sign-in dialog (the first one, or the one shown again after signing out). */
    private FrameFixture signInAgain(Role role) {
        DialogFixture dialog = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        dialog.textBox(SignInDialog.SERVER_URL_FIELD).setText(server.baseUrl());
        dialog.textBox(SignInDialog.COUNTER_FIELD).setText(role == Role.WINDOW ? "" + server.counterNo() : "");
        dialog.textBox(SignInDialog.USERNAME_FIELD).setText(server.username(role));
        dialog.textBox(SignInDialog.PASSWORD_FIELD).setText("").enterText(server.password(role));
        dialog.button(SignInDialog.SIGN_IN_BUTTON).click();
        return WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
    }

    private JTableFixture casesTable(FrameFixture main, int rows) {
        JTableFixture table = main.table(CaseListPanel.TABLE);
        JTable t = table.target();
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(t::getRowCount) == rows);
        return table;
    }

    private static int rowOf(JTableFixture table, String caseNo) {
        return GuiActionRunner.execute(() -> {
            JTable t = table.target();
            for (int i = 0; i < t.getRowCount(); i++) {
                if (caseNo.equals(t.getValueAt(i, CaseTableModel.CASE_NO))) {
                    return i;
                }
            }
            throw new AssertionError("no row for " + caseNo);
        });
    }

    private void screenshots(FrameFixture main, String name) {
        for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(1920, 1080)}) {
            GuiActionRunner.execute(() -> {
                main.target().setExtendedState(java.awt.Frame.NORMAL);
                main.target().setSize(size);
                main.target().validate();
            });
            robot.waitForIdle();
            Screenshots.save(robot, main.target(), name + "-" + size.width + "x" + size.height);
        }
    }

    private void signOut(FrameFixture main) {
        main.menuItem(MainFrame.SYSTEM_MENU).click();
        main.menuItem(MainFrame.SIGN_OUT_ITEM).click();
        await().atMost(SLOW).until(() -> !GuiActionRunner.execute(main.target()::isDisplayable));
    }

    @Test
    void a_clerks_list_shows_due_dates_and_cards_and_a_pushed_alert_recolours_the_row() {
        Seeded s = seed();
        FrameFixture main = signIn(Role.WINDOW);
        main.tabbedPane(ClientApp.WORK_TABS).selectTab("我的办件");
        JTableFixture table = casesTable(main, 4);

        HttpHallApi clerk = api(Role.WINDOW);
        var a = clerk.caseLifecycle(s.a()).promisedDue();
        assertThat(a.date()).hasToString("2026-03-16");
        table.requireCellValue(TableCell.row(rowOf(table, s.a())).column(CaseTableModel.DUE), "2026-03-16");
        table.requireCellValue(TableCell.row(rowOf(table, s.a())).column(CaseTableModel.REMAINING),
                "超期" + -a.remainingWorkingDays() + "个工作日");
        table.requireCellValue(TableCell.row(rowOf(table, s.b())).column(CaseTableModel.CARD), "黄牌");
        table.requireCellValue(TableCell.row(rowOf(table, s.d())).column(CaseTableModel.CARD), "红牌");
        table.requireCellValue(TableCell.row(rowOf(table, s.c())).column(CaseTableModel.DUE), "未受理");
        table.requireCellValue(TableCell.row(rowOf(table, s.c())).column(CaseTableModel.STATE), "已收件");
        table.requireCellValue(TableCell.row(rowOf(table, s.d())).column(CaseTableModel.STATE), "审查中");
        main.label(CaseListPanel.COUNT_PREFIX + "RED").requireText("红牌 1");
        main.label(CaseListPanel.COUNT_PREFIX + "YELLOW").requireText("黄牌 1");
        await().atMost(SLOW).untilAsserted(() -> main.label(CaseListPanel.STREAM_LABEL)
                .requireText("● 实时推送：已连接"));
        screenshots(main, "cases-clerk-server");

        // the back office starts reviewing A, which is past its promised date: the server pushes 黄牌 to the clerk
        take(api(Role.BACK_OFFICE), s.a(), CaseAction.START_REVIEW);
        await().atMost(SLOW).untilAsserted(() -> table.requireCellValue(
                TableCell.row(rowOf(table, s.a())).column(CaseTableModel.CARD), "黄牌"));
        await().atMost(SLOW).untilAsserted(() -> main.label(CaseListPanel.COUNT_PREFIX + "YELLOW")
                .requireText("黄牌 2"));
    }

    @Test
    void a_supervisor_filters_by_level_and_exports_a_workbook(@TempDir Path dir) throws Exception {
        Seeded s = seed();
        FrameFixture main = signIn(Role.SUPERVISOR);
        main.label(CaseListPanel.TITLE_LABEL).requireText("办件监察");
        JTableFixture table = casesTable(main, 4);
        main.comboBox(CaseListPanel.LEVEL_FILTER).selectItem("红牌");
        casesTable(main, 1);
        table.requireCellValue(TableCell.row(0).column(CaseTableModel.CASE_NO), s.d());
        table.requireCellValue(TableCell.row(0).column(CaseTableModel.CARD), "红牌");
        main.label(CaseListPanel.COUNT_PREFIX + "YELLOW").requireText("黄牌 1");
        screenshots(main, "cases-supervisor-server");

        Path file = dir.resolve("办件监察.xlsx");
        prompts.answer(file);
        main.button(CaseListPanel.EXPORT_BUTTON).click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(prompts.informations()).as("warnings: %s",
                prompts.warnings()).contains("已导出到 " + file));
        // a workbook: a zip with the OOXML parts, whose sheet names the red case and not the others
        Files.copy(file, Path.of("target", "cases-export.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Set<String> parts = new HashSet<>();
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                parts.add(e.getName());
                if (e.getName().startsWith("xl/")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(parts).contains("[Content_Types].xml", "xl/workbook.xml");
        assertThat(xml).contains(s.d()).doesNotContain(s.a());
    }

    @Test
    void accept_review_suspend_and_resume_move_the_due_date_and_the_explanation_names_the_suspension()
            throws IOException {
        setClock(MAR_2);
        String caseNo = newCase(api(Role.WINDOW), "张三");
        // the clerk accepts at the counter on 03-02, at intake with the checklist (issue 10: the case detail no
        // longer offers 受理 as a bare transition)
        accept(caseNo);

        FrameFixture main = signIn(Role.WINDOW);
        main.tabbedPane(ClientApp.WORK_TABS).selectTab("我的办件");
        JTableFixture table = casesTable(main, 1);
        table.selectRows(0);
        main.button(CaseListPanel.OPEN_BUTTON).click();
        DialogFixture detail = WindowFinder.findDialog(CaseDetailDialog.NAME).withTimeout(SLOW.toMillis()).using(robot);
        await().atMost(SLOW).untilAsserted(() -> detail.label(CaseDetailDialog.FIELD_PREFIX + "state")
                .requireText("已受理"));
        detail.label(CaseDetailDialog.FIELD_PREFIX + "receivedAt").requireText("2026-03-02 10:00");
        detail.label(CaseDetailDialog.FIELD_PREFIX + "acceptedAt").requireText("2026-03-02 10:00");
        detail.label(CaseDetailDialog.FIELD_PREFIX + "promisedDue").requireText("2026-03-16");
        signOut(main);

        // the back office takes it on 03-10: opens it by number, starts the review, a hearing stops the clock
        setClock(MAR_10);
        main = signInAgain(Role.BACK_OFFICE);
        main.textBox(CaseListPanel.CASE_NO_FIELD).enterText(caseNo + "\n");
        DialogFixture back = WindowFinder.findDialog(CaseDetailDialog.NAME).withTimeout(SLOW.toMillis()).using(robot);
        await().atMost(SLOW).untilAsserted(() -> back.label(CaseDetailDialog.FIELD_PREFIX + "state")
                .requireText("已受理"));
        back.button(CaseDetailDialog.ACTION_PREFIX + "START_REVIEW").click();
        await().atMost(SLOW).untilAsserted(() -> back.label(CaseDetailDialog.FIELD_PREFIX + "state")
                .requireText("审查中"));

        // a procedure the item does not have is refused in the server's words; the focus goes back to the kind
        back.comboBox(CaseDetailDialog.KIND_FIELD).selectItem("现场勘验");
        back.textBox(CaseDetailDialog.REASON_FIELD).setText("");
        back.textBox(CaseDetailDialog.REASON_FIELD).enterText("申请人申请听证");
        back.textBox(CaseDetailDialog.STARTED_ON_FIELD).setText("2026-03-03");
        back.button(CaseDetailDialog.ACTION_PREFIX + "START_SPECIAL_PROCEDURE").click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(back.label(CaseDetailDialog.ERROR_LABEL).text())
                .contains("本事项没有“现场勘验”特别程序"));
        await().atMost(SLOW).untilAsserted(() -> back.comboBox(CaseDetailDialog.KIND_FIELD).requireFocused());
        back.comboBox(CaseDetailDialog.KIND_FIELD).selectItem("听证");
        back.button(CaseDetailDialog.ACTION_PREFIX + "START_SPECIAL_PROCEDURE").click();
        await().atMost(SLOW).untilAsserted(() -> back.label(CaseDetailDialog.FIELD_PREFIX + "state")
                .requireText("特别程序中"));
        back.textBox(CaseDetailDialog.ENDED_ON_FIELD).setText("2026-03-09");
        back.button(CaseDetailDialog.ACTION_PREFIX + "END_SPECIAL_PROCEDURE").click();
        await().atMost(SLOW).untilAsserted(() -> back.label(CaseDetailDialog.FIELD_PREFIX + "state")
                .requireText("审查中"));

        // 03-04, 03-05, 03-06 and 03-09 did not count: the promised date moves by four working days
        back.label(CaseDetailDialog.FIELD_PREFIX + "promisedDue").requireText("2026-03-20");
        await().atMost(SLOW).untilAsserted(() -> assertThat(back.textBox(CaseDetailDialog.EXPLANATION).text())
                .contains("听证"));
        String explanation = back.textBox(CaseDetailDialog.EXPLANATION).text();
        assertThat(explanation).contains("承诺办结期限", "2026-03-20");
        Screenshots.save(robot, back.target(), "case-detail-server");
        back.tabbedPane(CaseDetailDialog.TABS).selectTab("暂停计时");
        back.table(CaseDetailDialog.SUSPENSIONS_TABLE).requireCellValue(TableCell.row(0).column(0), "听证")
                .requireCellValue(TableCell.row(0).column(2), "2026-03-03")
                .requireCellValue(TableCell.row(0).column(3), "2026-03-09");

        // an extension needs the approving 负责人: without one the server refuses and the focus goes to the approver
        back.textBox(CaseDetailDialog.REASON_FIELD).setText("");
        back.textBox(CaseDetailDialog.REASON_FIELD).enterText("需组织专家论证");
        back.button(CaseDetailDialog.ACTION_PREFIX + "EXTEND").click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(back.label(CaseDetailDialog.ERROR_LABEL).text())
                .contains("负责人"));
        await().atMost(SLOW).untilAsserted(() -> back.textBox(CaseDetailDialog.APPROVER_FIELD).requireFocused());
        robot.enterText(server.username(Role.SUPERVISOR));
        back.button(CaseDetailDialog.ACTION_PREFIX + "EXTEND").click();
        await().atMost(SLOW).untilAsserted(() -> back.label(CaseDetailDialog.FIELD_PREFIX + "state")
                .requireText("已延期"));
        back.label(CaseDetailDialog.ERROR_LABEL).requireText(" ");
        back.tabbedPane(CaseDetailDialog.TABS).selectTab("延期");
        back.table(CaseDetailDialog.EXTENSIONS_TABLE).requireCellValue(TableCell.row(0).column(1), "需组织专家论证");
        back.tabbedPane(CaseDetailDialog.TABS).selectTab("期限调整记录");
        assertThat(GuiActionRunner.execute(() -> back.table(CaseDetailDialog.HISTORY_TABLE).target().getRowCount()))
                .isPositive();
        Screenshots.save(robot, back.target(), "case-detail-server-history");
    }
}
