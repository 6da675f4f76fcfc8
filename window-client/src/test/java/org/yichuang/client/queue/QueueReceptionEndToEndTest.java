package org.yichuang.client.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.JList;
import javax.swing.JSpinner;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.CatalogAdminPanel;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.net.HttpHallApi;
import org.yichuang.client.queue.reception.ReceptionDialog;
import org.yichuang.client.queue.settings.QueueSettingsPane;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SharedDevices;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.queue.QueueSettingsChange;
import org.yichuang.core.api.queue.QueueSettingsView;
import org.yichuang.core.error.Problem;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.TestServer;

/**
 * The queue's client parts against the real server (issue 12): an administrator configures the queue on the 叫号设置
 * page — a refused save lists every problem and focuses the first field, a fixed one is stored, a save that lost
 * against another administrator reloads with a message — and a reception clerk issues tickets, which print on the
 * counter's 80 mm printer (the CUPS test queue when scripts/test-printer.sh set it up).
 */
@SharedDevices
class QueueReceptionEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    /** Born 1950-03-07: elderly in any hall. */
    private static final String ELDERLY_ID = "110101195003070013";
    private static TestServer server;
    private static Path dataDir;
    private static String previousDataDir;
    private Preferences node;

    @BeforeAll
    static void startServer() throws Exception {
        // the server's day is at 10:00 in the hall, inside the default issuing window 08:30–12:00
        Instant tenOClock = LocalDate.now(HALL).atTime(LocalTime.of(10, 0)).atZone(HALL).toInstant();
        server = TestServer.start(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), tenOClock)));
        dataDir = Files.createTempDirectory("yichuang-reception-client");
        previousDataDir = System.getProperty("yichuang.dataDir");
        System.setProperty("yichuang.dataDir", dataDir.toString());   // the print queue of this test only
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
        if (previousDataDir == null) {
            System.clearProperty("yichuang.dataDir");
        } else {
            System.setProperty("yichuang.dataDir", previousDataDir);
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @AfterEach
    void closeClient() throws Exception {
        GuiActionRunner.execute(() -> {
            for (Frame f : Frame.getFrames()) {
                f.dispose();
            }
        });
        if (node != null) {
            node.removeNode();
        }
    }

    @Test
    void an_administrator_sees_every_problem_then_saves_and_a_stale_save_reloads_the_other_administrators_settings()
            throws Exception {
        FrameFixture main = signIn(Role.ADMIN, null, ItemListPane.FILTER_FIELD);
        resize(main, 1366, 768);
        main.tabbedPane(CatalogAdminPanel.TABS).selectTab(CatalogAdminPanel.QUEUE_TAB);
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(QueueSettingsPane.VERSION).text())
                .contains("尚未保存"));
        JTable categories = main.table(QueueSettingsPane.CATEGORIES).target();
        assertThat(main.table(QueueSettingsPane.CATEGORIES).contents()[0]).contains("GENERAL", "综合受理", "A");

        // a new category typed with the prefix A already in use, numbering restarting at 09:00 inside the windows
        main.button(QueueSettingsPane.ADD_CATEGORY).click();
        await().until(() -> GuiActionRunner.execute(categories::getRowCount) == 2);
        main.table(QueueSettingsPane.CATEGORIES).enterValue(TableCell.row(1).column(2), "A");
        main.textBox(QueueSettingsPane.DAY_RESET).deleteText().enterText("09:00");
        main.button(QueueSettingsPane.SAVE).click();

        awaitShowing(main.target(), QueueSettingsPane.PROBLEMS);
        JList<?> problemList = main.list(QueueSettingsPane.PROBLEMS).target();
        List<String> problems = GuiActionRunner.execute(() -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < problemList.getModel().getSize(); i++) {
                out.add(((Problem) problemList.getModel().getElementAt(i)).message());
            }
            return out;
        });
        assertThat(problems).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(p -> assertThat(p).contains("前缀“A”"))
                .anySatisfy(p -> assertThat(p).contains("09:00").contains("综合受理"))
                .anySatisfy(p -> assertThat(p).contains("没有任何窗口办理"));
        assertThat(main.label(QueueSettingsPane.NOTICE).text()).contains(problems.size() + " 处");
        // the first problem is the duplicate prefix of row 2: the table has the focus on that cell
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(GuiActionRunner.execute(
                () -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner())).isSameAs(categories));
        assertThat(GuiActionRunner.execute(categories::getSelectedRow)).isEqualTo(1);
        assertThat(GuiActionRunner.execute(categories::getSelectedColumn)).isEqualTo(2);
        Screenshots.save(robot, main.target(), "queue-settings-problems-1366");
        assertThat(main.label(QueueSettingsPane.VERSION).text()).as("nothing stored").contains("尚未保存");

        // fixed: its own letter and name, numbering at 03:00, and counter 1 serves it too
        main.table(QueueSettingsPane.CATEGORIES).enterValue(TableCell.row(1).column(2), "B");
        main.table(QueueSettingsPane.CATEGORIES).enterValue(TableCell.row(1).column(1), "不动产登记");
        main.textBox(QueueSettingsPane.DAY_RESET).deleteText().enterText("03:00");
        main.button(QueueSettingsPane.ADD_ASSIGNMENT).click();
        JTable assignments = main.table(QueueSettingsPane.ASSIGNMENTS).target();
        int last = GuiActionRunner.execute(assignments::getRowCount) - 1;
        main.table(QueueSettingsPane.ASSIGNMENTS).enterValue(TableCell.row(last).column(0), "1");
        // the category cell edits with a list of the categories, shown by letter and name (driven through the
        // table's own editor: the robot's click on a combo cell did not keep the editor open under Xvfb)
        List<String> choices = GuiActionRunner.execute(() -> {
            assignments.editCellAt(last, 1);
            @SuppressWarnings("unchecked")
            javax.swing.JComboBox<String> combo = (javax.swing.JComboBox<String>) assignments.getEditorComponent();
            java.util.List<String> shown = new java.util.ArrayList<>();
            for (int i = 0; i < combo.getItemCount(); i++) {
                shown.add(((javax.swing.JLabel) combo.getRenderer().getListCellRendererComponent(new JList<String>(),
                        combo.getItemAt(i), i, false, false)).getText());
            }
            combo.setSelectedIndex(1);   // choosing commits the cell (DefaultCellEditor stops on the combo's action)
            if (assignments.getCellEditor() != null) {
                assignments.getCellEditor().stopCellEditing();
            }
            return shown;
        });
        assertThat(choices).containsExactly("A · 综合受理", "B · 不动产登记");
        assertThat(main.table(QueueSettingsPane.ASSIGNMENTS).valueAt(TableCell.row(last).column(1)))
                .isEqualTo("B · 不动产登记");
        main.button(QueueSettingsPane.SAVE).click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(QueueSettingsPane.VERSION).text())
                .isEqualTo("第 1 版"));
        assertThat(main.label(QueueSettingsPane.NOTICE).text()).contains("已保存");
        QueueSettings stored = adminApi().queueSettings().settings();
        assertThat(stored.categories()).extracting(c -> c.name()).containsExactly("综合受理", "不动产登记");
        assertThat(stored.dayReset()).isEqualTo(LocalTime.of(3, 0));
        String added = stored.categories().get(1).code();
        assertThat(stored.servedBy(1)).extracting(a -> a.categoryCode()).contains("GENERAL", added);
        Screenshots.save(robot, main.target(), "queue-settings-saved-1366");
        resize(main, 1920, 1080);
        Screenshots.save(robot, main.target(), "queue-settings-saved-1920");
        resize(main, 1366, 768);

        // another administrator saves meanwhile; this one's save is refused and the page shows theirs
        HttpHallApi other = adminApi();
        QueueSettingsView theirs = other.queueSettings();
        QueueSettings s = theirs.settings();
        other.saveQueueSettings(new QueueSettingsChange(theirs.version(), new QueueSettings(s.categories(),
                s.assignments(), s.priority(), s.ordering(), s.elderly(), s.missed(), Duration.ofMinutes(30),
                s.dayReset(), s.booking())));
        JSpinner elderly = (JSpinner) robot.finder().findByName(main.target(), QueueSettingsPane.ELDERLY, true);
        GuiActionRunner.execute(() -> elderly.setValue(70));
        main.button(QueueSettingsPane.SAVE).click();
        JOptionPaneFixture conflict = JOptionPaneFinder.findOptionPane().withTimeout(SLOW.toMillis()).using(robot);
        assertThat(conflict.target().getMessage().toString()).contains("其他管理员").contains("重新载入");
        conflict.okButton().click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(QueueSettingsPane.VERSION).text())
                .isEqualTo("第 2 版"));
        JSpinner hold = (JSpinner) robot.finder().findByName(main.target(), QueueSettingsPane.HOLD, true);
        assertThat(GuiActionRunner.execute(hold::getValue)).isEqualTo(30);
        assertThat(GuiActionRunner.execute(elderly::getValue)).as("ours were not saved").isEqualTo(60);
        assertThat(main.label(QueueSettingsPane.NOTICE).text()).contains("其他管理员");
        assertThat(other.queueSettings().settings().elderly().threshold()).isEqualTo(60);
    }

    @Test
    void a_reception_clerk_issues_tickets_that_print_and_a_second_ticket_for_the_same_person_is_refused()
            throws Exception {
        String roll = System.getenv("YICHUANG_TEST_PRINTER_80MM");
        FrameFixture main = signIn(Role.WINDOW, roll, IntakePanel.FILTER_FIELD);
        resize(main, 1366, 768);
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_T);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        DialogFixture dialog = WindowFinder.findDialog(ReceptionDialog.NAME).withTimeout(SLOW.toMillis())
                .using(robot);
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> dialog.comboBox(ReceptionDialog.CATEGORY)
                .target().getItemCount()) > 0);
        dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).requireFocused();

        robot.enterText(ELDERLY_ID);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);   // 取号 is the default button
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.NUMBER).text())
                .matches("[A-Z]\\d{3}"));
        String first = dialog.label(ReceptionDialog.NUMBER).text();
        assertThat(dialog.label(ReceptionDialog.DETAILS).text()).contains("老年人优先");
        assertThat(dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).text()).as("not kept").isEmpty();
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.PRINT_STATUS).text())
                .isNotBlank().doesNotContain("正在打印"));
        // with the CUPS test queue it prints; without a printer the ticket waits in the print queue, never lost
        assertThat(dialog.label(ReceptionDialog.PRINT_STATUS).text()).contains(roll != null ? "已打印" : "打印队列");
        Screenshots.save(robot, dialog.target(), "reception-ticket");

        // the same person again in the same category: refused with the server's reason, nothing issued
        dialog.button(ReceptionDialog.NEXT).click();
        dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).enterText(ELDERLY_ID);
        dialog.button(ReceptionDialog.ISSUE).click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.ERROR).text())
                .contains("已取得"));
        assertThat(dialog.label(ReceptionDialog.NUMBER).text()).isBlank();
        Screenshots.save(robot, dialog.target(), "reception-refused");

        // an applicant without a document: the next number, one ahead
        dialog.button(ReceptionDialog.NEXT).click();
        long since = System.currentTimeMillis() - 2_000;
        dialog.button(ReceptionDialog.ISSUE).click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.NUMBER).text())
                .isNotBlank().isNotEqualTo(first));
        String second = dialog.label(ReceptionDialog.NUMBER).text();
        assertThat(dialog.label(ReceptionDialog.DETAILS).text()).contains("前面还有 1 人等候");
        if (roll != null) {
            Path out = Path.of(System.getenv("YICHUANG_TEST_PRINTER_OUT"));
            await().atMost(SLOW).until(() -> newestTicket(out, second, since) != null);
            Path pdf = newestTicket(out, second, since);
            String text = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
            assertThat(text).contains(second).contains("前面还有 1 人等候");
            Files.deleteIfExists(pdf);
        }
        Screenshots.save(robot, main.target(), "reception-main-1366");
    }

    private FrameFixture signIn(Role role, String rollPrinter, String readyField) {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        ClientPrefs prefs = new ClientPrefs(node);
        if (rollPrinter != null) {
            prefs.put(ClientPrefs.KEY_PRINTER_80MM, rollPrinter);
        }
        LaunchOptions options = new LaunchOptions(server.baseUrl(), role == Role.WINDOW
                ? String.valueOf(server.counterNo()) : null, null, null, "light", Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> ClientApp.create(options, prefs, () -> { }).start());
        DialogFixture signIn = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        awaitShowing(signIn.target(), SignInDialog.USERNAME_FIELD);
        signIn.textBox(SignInDialog.USERNAME_FIELD).enterText(server.username(role));
        signIn.textBox(SignInDialog.PASSWORD_FIELD).enterText(server.password(role));
        signIn.button(SignInDialog.SIGN_IN_BUTTON).click();
        FrameFixture main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        awaitShowing(main.target(), readyField);
        return main;
    }

    private static HttpHallApi adminApi() {
        HttpHallApi api = new HttpHallApi(URI.create(server.baseUrl()));
        api.signIn(new SignInRequest(server.username(Role.ADMIN), server.password(Role.ADMIN), null));
        return api;
    }

    private void resize(FrameFixture main, int width, int height) {
        GuiActionRunner.execute(() -> {
            main.target().setExtendedState(Frame.NORMAL);
            main.target().setBounds(0, 0, width, height);
            main.target().validate();
        });
        robot.waitForIdle();
    }

    /** The ticket cups-pdf wrote for {@code number} since {@code since} (an earlier run may have left the same number). */
    private static Path newestTicket(Path outDir, String number, long since) throws Exception {
        try (var files = Files.list(outDir)) {
            return files.filter(p -> p.getFileName().toString().contains(number + "-"))
                    .filter(p -> p.toFile().lastModified() >= since)
                    .filter(p -> !run("pdftotext", "-enc", "UTF-8", p.toString(), "-").isBlank())
                    .max(java.util.Comparator.comparingLong(p -> p.toFile().lastModified())).orElse(null);
        }
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : "";
        } catch (Exception e) {
            return "";
        }
    }
}
