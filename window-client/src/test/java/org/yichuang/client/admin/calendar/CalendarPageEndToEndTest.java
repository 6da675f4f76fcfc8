package org.yichuang.client.admin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.client.admin.CatalogAdminPanel;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.TestServer;

/**
 * An administrator opens the 日历 page of the real client against the real server, imports a broken schedule and
 * reads every problem by line, imports a valid 2027 schedule so that 2027 loses its 暂定 mark, then changes the now
 * published 2027 and is asked before it is overwritten.
 */
class CalendarPageEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    private static TestServer server;
    private final AtomicBoolean exited = new AtomicBoolean();
    private Preferences node;
    @TempDir
    Path dir;

    /** A valid (invented) 2027 schedule: make-up days on weekends only, holidays named. */
    static final String VALID_2027 = """
            date,kind,holiday
            2027-01-01,off,元旦
            2027-02-06,off,春节
            2027-02-07,off,春节
            2027-02-08,off,春节
            2027-02-09,off,春节
            2027-02-10,off,春节
            2027-02-11,off,春节
            2027-02-12,off,春节
            2027-02-20,work,春节
            2027-04-05,off,清明节
            2027-05-01,off,劳动节
            2027-05-02,off,劳动节
            2027-05-03,off,劳动节
            2027-05-04,off,劳动节
            2027-05-05,off,劳动节
            2027-05-08,work,劳动节
            2027-06-09,off,端午节
            2027-09-15,off,中秋节
            2027-09-26,work,国庆节
            2027-10-01,off,国庆节
            2027-10-02,off,国庆节
            2027-10-03,off,国庆节
            2027-10-04,off,国庆节
            2027-10-05,off,国庆节
            2027-10-06,off,国庆节
            2027-10-07,off,国庆节
            2027-10-09,work,国庆节
            """;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void removePrefs() throws Exception {
        if (node != null) {
            node.removeNode();
        }
    }

    @Test
    void an_administrator_sees_every_problem_then_publishes_2027_and_is_asked_before_changing_it() throws Exception {
        FrameFixture main = signInAsAdministrator();
        main.tabbedPane(CatalogAdminPanel.TABS).selectTab(CatalogAdminPanel.CALENDAR_TAB);
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(CalendarPane.VERSION_LABEL).text())
                .contains("第 1 版"));
        assertThat(main.label(CalendarPane.PUBLISHED_LABEL).text()).contains("2024、2025、2026");

        main.comboBox(CalendarPane.YEAR_COMBO).selectItem("2027");
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(CalendarPane.YEAR_LABEL).text())
                .startsWith("2027 年 · 暂定"));
        assertThat(tooltipOf(main, "2027-10-01")).contains("周五").contains("工作日").contains("暂定");

        // a broken file: every problem with its line, nothing imported, the focus on the list
        Path broken = dir.resolve("2027-broken.csv");
        Files.writeString(broken, """
                date,kind,holiday
                2027-01-01,off,元旦
                2027-01-01,off,元旦
                2027-02-30,off,春节
                2027-02-08,work,春节
                2027-03-01,holiday,植树节
                """, StandardCharsets.UTF_8);
        chooseFile(main, broken);
        awaitShowing(main.target(), CalendarPane.PROBLEMS_TABLE);
        String[][] problems = main.table(CalendarPane.PROBLEMS_TABLE).contents();
        assertThat(Arrays.stream(problems).map(row -> row[0]).toList()).contains("3", "4", "5", "6");
        assertThat(main.label(CalendarPane.PROBLEMS_LABEL).text()).contains("2027-broken.csv")
                .contains(problems.length + " 处错误");
        JTable problemTable = main.table(CalendarPane.PROBLEMS_TABLE).target();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(GuiActionRunner.execute(
                () -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner())).isSameAs(problemTable));
        assertThat(GuiActionRunner.execute(problemTable::getSelectedRow)).isZero();
        resize(main, new Dimension(1366, 768));
        Screenshots.save(robot, main.target(), "calendar-problems-1366");
        assertThat(main.label(CalendarPane.YEAR_LABEL).text()).as("nothing imported").startsWith("2027 年 · 暂定");
        main.button(CalendarPane.PROBLEMS_CLOSE).click();

        // a valid 2027 schedule: 2027 is published from now on
        Path valid = dir.resolve("2027年放假安排.csv");
        Files.writeString(valid, VALID_2027, StandardCharsets.UTF_8);
        chooseFile(main, valid);
        JOptionPaneFixture done = JOptionPaneFinder.findOptionPane().withTimeout(SLOW.toMillis()).using(robot);
        assertThat(done.target().getMessage().toString()).contains("第 2 版").contains("2027 年");
        done.okButton().click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(CalendarPane.YEAR_LABEL).text())
                .startsWith("2027 年 · 已发布").doesNotContain("暂定"));
        assertThat(main.label(CalendarPane.VERSION_LABEL).text()).contains("第 2 版").contains("2027年放假安排.csv");
        assertThat(main.label(CalendarPane.PUBLISHED_LABEL).text()).contains("2024、2025、2026、2027");
        assertThat(tooltipOf(main, "2027-10-01")).contains("法定节假日（国庆节）").doesNotContain("暂定");
        assertThat(tooltipOf(main, "2027-02-20")).contains("周六").contains("调休上班");
        String[][] special = main.table(CalendarPane.DAYS_TABLE).contents();
        assertThat(special).hasNumberOfRows(27);
        assertThat(cutOffCells(main.table(CalendarPane.DAYS_TABLE).target())).isEmpty();
        Screenshots.save(robot, main.target(), "calendar-2027-1366");
        resize(main, new Dimension(1920, 1080));
        assertThat(cutOffCells(main.table(CalendarPane.DAYS_TABLE).target())).isEmpty();
        Screenshots.save(robot, main.target(), "calendar-2027-1920");
        // back on the screen: ./yichuang test's Xvfb is smaller than 1920×1080, and the robot clicks on screen
        resize(main, new Dimension(1366, 768));

        // changing the published 2027: the difference is shown and the overwrite asked about; "no" changes nothing
        Path changed = dir.resolve("2027-端午调整.csv");
        Files.writeString(changed, VALID_2027 + "2027-06-10,off,端午节\n2027-06-11,off,端午节\n",
                StandardCharsets.UTF_8);
        chooseFile(main, changed);
        JOptionPaneFixture ask = JOptionPaneFinder.findOptionPane().withTimeout(SLOW.toMillis()).using(robot);
        String question = ask.target().getMessage().toString();
        // the server words each changed day; the page lists them all before asking
        assertThat(question).contains("2027-06-10").contains("2027-06-11").contains("端午节")
                .doesNotContain("2027-06-09").endsWith("是否覆盖已发布的年份？");
        ask.noButton().click();
        robot.waitForIdle();
        assertThat(main.label(CalendarPane.VERSION_LABEL).text()).as("declined").contains("第 2 版");

        chooseFile(main, changed);
        JOptionPaneFinder.findOptionPane().withTimeout(SLOW.toMillis()).using(robot).yesButton().click();
        JOptionPaneFixture overwritten = JOptionPaneFinder.findOptionPane().withTimeout(SLOW.toMillis())
                .using(robot);
        assertThat(overwritten.target().getMessage().toString()).contains("第 3 版").contains("新增 2 天");
        overwritten.okButton().click();
        // while the year reloads its cells are empty and unnamed
        await().atMost(SLOW).ignoreExceptions().untilAsserted(() -> assertThat(tooltipOf(main, "2027-06-10"))
                .contains("法定节假日（端午节）"));
        assertThat(main.label(CalendarPane.VERSION_LABEL).text()).contains("第 3 版");
    }

    private FrameFixture signInAsAdministrator() {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        LaunchOptions options = new LaunchOptions(server.baseUrl(), null, null, null, "light",
                Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> ClientApp.create(options, new ClientPrefs(node), () -> exited.set(true))
                .start());
        DialogFixture signIn = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        awaitShowing(signIn.target(), SignInDialog.USERNAME_FIELD);
        signIn.textBox(SignInDialog.USERNAME_FIELD).enterText(server.username(Role.ADMIN));
        signIn.textBox(SignInDialog.PASSWORD_FIELD).enterText(server.password(Role.ADMIN));
        signIn.button(SignInDialog.SIGN_IN_BUTTON).click();
        FrameFixture main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        awaitShowing(main.target(), ItemListPane.FILTER_FIELD);
        return main;
    }

    private void chooseFile(FrameFixture main, Path file) {
        main.button(CalendarPane.IMPORT_BUTTON).click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
        chooser.setCurrentDirectory(file.getParent().toFile());
        chooser.selectFile(file.toFile());
        chooser.approve();
    }

    private String tooltipOf(FrameFixture main, String date) {
        JLabel cell = (JLabel) robot.finder().findByName(main.target(), "calendar.day." + date, true);
        return GuiActionRunner.execute(() -> cell.getToolTipText());
    }

    private void resize(FrameFixture main, Dimension size) {
        GuiActionRunner.execute(() -> {
            main.target().setExtendedState(java.awt.Frame.NORMAL);
            main.target().setBounds(0, 0, size.width, size.height);
            main.target().validate();
            return null;
        });
        robot.waitForIdle();
    }

    /** Cells whose text is wider than their column (cut off, 截断). */
    private static List<String> cutOffCells(JTable table) {
        return GuiActionRunner.execute(() -> {
            List<String> cut = new ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                for (int column = 0; column < table.getColumnCount(); column++) {
                    Component c = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                    Rectangle cell = table.getCellRect(row, column, false);
                    if (c.getPreferredSize().width > cell.width) {
                        cut.add(row + "," + column + ": " + table.getValueAt(row, column));
                    }
                }
            }
            return cut;
        });
    }
}
