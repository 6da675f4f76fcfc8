package org.yichuang.client.queue.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.CatalogAdminPanel;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.queue.settings.QueueSettingsPane;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Lazy;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.core.api.queue.BookingCapacity;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.reports.ReportService;

/**
 * 预约签到 through the real 取号 dialog and the 叫号设置 page's 预约名额 and item picker (issue 12), in the real client
 * (ClientApp, the real background funnel, Jasper ticket printing) against the fake hall server, at 1366×768.
 */
class ReceptionCheckInUiTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(60);
    private static final String BOOKED_ID = "110101199003070014";
    /** An implementation code the fake catalog does not list. */
    private static final String GONE = "11450100MB0000000X4000000000099";
    private static final Lazy<ReportService> REPORTS = new Lazy<>(
            () -> new ReportService(ZoneId.of(FakeHallApi.HALL_ZONE)));

    private final FakeHallApi api = new FakeHallApi();
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private Preferences node;
    private Path dataDir;
    private String previousDataDir;

    @BeforeEach
    void client() throws Exception {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        dataDir = Files.createTempDirectory("yichuang-checkin-client");
        previousDataDir = System.getProperty("yichuang.dataDir");
        System.setProperty("yichuang.dataDir", dataDir.toString());   // the print queue of this test only
    }

    @AfterEach
    void release() throws Exception {
        GuiActionRunner.execute(() -> {
            for (Frame f : Frame.getFrames()) {
                f.dispose();
            }
        });
        node.removeNode();
        if (previousDataDir == null) {
            System.clearProperty("yichuang.dataDir");
        } else {
            System.setProperty("yichuang.dataDir", previousDataDir);
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private FrameFixture signIn(String user, String password, String counter, String readyField) {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        LaunchOptions options = new LaunchOptions("http://127.0.0.1:8080", null, null, null, "light",
                Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> new ClientApp(options, new ClientPrefs(node), messages, prompts,
                new SwingBackgroundTasks(ClientApp.failureHandler(messages, prompts)), uri -> api,
                zone -> REPORTS, () -> new AtomicBoolean().set(true)).start());
        DialogFixture dialog = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        awaitShowing(dialog.target(), SignInDialog.USERNAME_FIELD);
        dialog.textBox(SignInDialog.COUNTER_FIELD).setText(counter);
        dialog.textBox(SignInDialog.USERNAME_FIELD).setText(user);
        dialog.textBox(SignInDialog.PASSWORD_FIELD).setText("").enterText(password);
        dialog.button(SignInDialog.SIGN_IN_BUTTON).click();
        FrameFixture main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        awaitShowing(main.target(), readyField);
        GuiActionRunner.execute(() -> {
            main.target().setExtendedState(Frame.NORMAL);
            main.target().setBounds(0, 0, 1366, 768);
            main.target().validate();
        });
        robot.waitForIdle();
        return main;
    }

    private void resize(FrameFixture main, int width, int height) {
        GuiActionRunner.execute(() -> {
            main.target().setExtendedState(Frame.NORMAL);
            main.target().setBounds(0, 0, width, height);
            main.target().validate();
        });
        robot.waitForIdle();
    }

    /** Every column of {@code table} is wide enough for its heading: no heading cut to an ellipsis. */
    private static void requireHeadersWhole(JTable table) {
        List<String> cut = GuiActionRunner.execute(() -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                var column = table.getColumnModel().getColumn(c);
                Component header = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                        column.getHeaderValue(), false, false, -1, c);
                if (header.getPreferredSize().width > column.getWidth()) {
                    out.add(column.getHeaderValue() + " " + column.getWidth() + "<" + header.getPreferredSize().width);
                }
            }
            return out;
        });
        assertThat(cut).as("headings cut off").isEmpty();
    }

    private static Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    @Test
    void a_clerk_checks_in_a_booking_with_f3_and_a_refusal_shows_the_servers_reason_with_the_focus_on_the_number() {
        FrameFixture main = signIn(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD,
                String.valueOf(FakeHallApi.COUNTER_NO), IntakePanel.FILTER_FIELD);
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_T);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        DialogFixture dialog = WindowFinder.findDialog(ReceptionDialog.NAME).withTimeout(SLOW.toMillis())
                .using(robot);
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(() -> dialog.comboBox(ReceptionDialog.CATEGORY)
                .target().getItemCount()) > 0);
        dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).requireFocused();

        // no booking today: the server's own message, nothing issued, the number kept and focused for correction
        robot.enterText(BOOKED_ID);
        dialog.button(ReceptionDialog.CHECK_IN).focus();   // the focus elsewhere: the refusal must bring it back
        robot.pressAndReleaseKey(KeyEvent.VK_F3);
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.ERROR).text())
                .isEqualTo("没有找到您今天待签到的预约，请核对证件号码，或取普通号。"));
        assertThat(dialog.label(ReceptionDialog.NUMBER).text()).isBlank();
        assertThat(dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).text()).isEqualTo(BOOKED_ID);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(focusOwner())
                .isSameAs(dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).target()));
        Screenshots.save(robot, dialog.target(), "reception-checkin-refused");

        // booked for now: F3 turns it into a 预约 ticket, printed like any ticket, the booked name shown to compare
        api.bookToday(DocumentType.RESIDENT_ID, BOOKED_ID, "GENERAL", "李四", LocalTime.MIN, LocalTime.MAX);
        robot.pressAndReleaseKey(KeyEvent.VK_F3);
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.NUMBER).text())
                .isEqualTo("A001"));
        assertThat(dialog.label(ReceptionDialog.DETAILS).text()).contains("预约").contains("前面没有人等候");
        assertThat(dialog.label(ReceptionDialog.BOOKING).text()).contains("李四").contains("00:00–23:59（");
        assertThat(dialog.label(ReceptionDialog.ERROR).text()).isBlank();
        assertThat(dialog.textBox(ReceptionDialog.DOCUMENT_NUMBER).text()).as("not kept").isEmpty();
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.PRINT_STATUS).text())
                .isNotBlank().doesNotContain("正在打印"));
        // no printer chosen on this counter: the ticket waits in the print queue, never lost
        assertThat(dialog.label(ReceptionDialog.PRINT_STATUS).text()).contains("打印队列");
        assertThat(api.checkInRequests()).as("the refused one, then this one").hasSize(2).allSatisfy(r -> {
            assertThat(r.documentNumber()).isEqualTo(BOOKED_ID);
            assertThat(r.documentType()).isEqualTo(DocumentType.RESIDENT_ID);
        });
        Screenshots.save(robot, dialog.target(), "reception-checkin");

        // 下一位: the booked name goes with the ticket
        robot.pressAndReleaseKey(KeyEvent.VK_F12);
        await().atMost(SLOW).untilAsserted(() -> assertThat(dialog.label(ReceptionDialog.BOOKING).text()).isBlank());
    }

    @Test
    void an_administrator_sets_the_places_per_slot_and_picks_a_categorys_items_from_the_catalog() {
        QueueSettings defaults = QueueSettings.defaults(List.of(1, 2, 3));
        QueueCategory g = defaults.categories().get(0);
        // a served code the catalog no longer lists: kept, shown as its code and marked
        api.savedElsewhere(new QueueSettings(List.of(new QueueCategory(g.code(), g.name(), g.prefix(), List.of(GONE),
                g.windows(), null, true, true)), defaults.assignments(), defaults.priority(), defaults.ordering(),
                defaults.elderly(), defaults.missed(), defaults.holdTime(), defaults.dayReset(), defaults.booking()));
        FrameFixture main = signIn(FakeHallApi.ADMIN, FakeHallApi.ADMIN_PASSWORD, "", ItemListPane.FILTER_FIELD);
        main.tabbedPane(CatalogAdminPanel.TABS).selectTab(CatalogAdminPanel.QUEUE_TAB);
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.table(QueueSettingsPane.CAPACITIES).contents())
                .hasNumberOfRows(1));
        assertThat(main.table(QueueSettingsPane.CAPACITIES).contents()[0][0]).isEqualTo("A · 综合受理");
        assertThat(main.table(QueueSettingsPane.CAPACITIES).valueAt(TableCell.row(0).column(1))).contains("5")
                .contains("默认");
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.table(QueueSettingsPane.CATEGORIES)
                .valueAt(TableCell.row(0).column(3))).isEqualTo(GONE + "（目录中无此事项）"));
        Screenshots.save(robot, main.target(), "queue-settings-booking-1366");

        // the places per slot, typed into the table
        main.table(QueueSettingsPane.CAPACITIES).enterValue(TableCell.row(0).column(1), "8");
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.table(QueueSettingsPane.CAPACITIES)
                .valueAt(TableCell.row(0).column(1))).contains("8").doesNotContain("默认"));

        // the items, searched and ticked in the picker
        main.table(QueueSettingsPane.CATEGORIES).selectRows(0);
        main.button(QueueSettingsPane.PICK_ITEMS).click();
        DialogFixture picker = WindowFinder.findDialog(QueueSettingsPane.ITEM_PICKER).withTimeout(SLOW.toMillis())
                .using(robot);
        JTable items = picker.table(QueueSettingsPane.ITEM_PICKER_TABLE).target();
        int all = GuiActionRunner.execute(items::getRowCount);
        picker.textBox(QueueSettingsPane.ITEM_PICKER_FILTER).enterText("不动产");
        await().atMost(SLOW).until(() -> GuiActionRunner.execute(items::getRowCount) < all);
        String[][] found = picker.table(QueueSettingsPane.ITEM_PICKER_TABLE).contents();
        assertThat(List.of(found)).isNotEmpty().allSatisfy(row -> assertThat(row[1]).contains("不动产"));
        String first = found[0][2];
        picker.table(QueueSettingsPane.ITEM_PICKER_TABLE).click(TableCell.row(0).column(0),
                org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        await().atMost(SLOW).until(() -> Boolean.TRUE.equals(GuiActionRunner.execute(() -> items.getValueAt(0, 0))));
        Screenshots.save(robot, picker.target(), "queue-settings-item-picker");
        String firstName = found[0][1];
        picker.button(QueueSettingsPane.ITEM_PICKER_OK).click();
        // the table names the items from the catalog; the codes are in the tooltip; the unknown one stays marked
        // (the wide window shows both names whole, the 1366 px one as many as fit and the count)
        resize(main, 1920, 1080);
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.table(QueueSettingsPane.CATEGORIES)
                .valueAt(TableCell.row(0).column(3))).isEqualTo(firstName + "、" + GONE + "（目录中无此事项）"));
        JTable categories = main.table(QueueSettingsPane.CATEGORIES).target();
        String tip = GuiActionRunner.execute(() -> ((javax.swing.JComponent) categories.prepareRenderer(
                categories.getCellRenderer(0, 3), 0, 3)).getToolTipText());
        assertThat(tip).contains(firstName + "　<code>" + first + "</code>").contains("目录中无此事项　<code>" + GONE);
        requireHeadersWhole(categories);
        Screenshots.save(robot, main.target(), "queue-settings-items-1920x1080");
        resize(main, 1366, 768);
        requireHeadersWhole(categories);
        String narrow = main.table(QueueSettingsPane.CATEGORIES).valueAt(TableCell.row(0).column(3));
        assertThat(narrow).isIn(firstName + " 等 2 项", firstName + "、" + GONE + "（目录中无此事项）");
        Screenshots.save(robot, main.target(), "queue-settings-items-1366x768");

        main.button(QueueSettingsPane.SAVE).click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(api.capacityChanges()).containsExactly("GENERAL=8"));
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(QueueSettingsPane.NOTICE).text())
                .contains("已保存"));
        assertThat(api.queueSettings().settings().categories().get(0).itemCodes()).containsExactly(GONE, first);
        assertThat(api.bookingCapacities()).extracting(BookingCapacity::slotCapacity).containsExactly(8);
        Screenshots.save(robot, main.target(), "queue-settings-booking-saved-1366");
    }
}
