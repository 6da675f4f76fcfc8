package org.yichuang.client.admin.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.CatalogAdminPanel;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.net.HttpHallApi;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.TestServer;

/**
 * An administrator signs in without a counter against the real server, opens 大厅设置, has a bad number pattern
 * refused by the server with its message and the focus on the pattern, then fixes it, sets the remedies, a phone and
 * a kind code, watches the number preview follow, and saves.
 */
class HallSettingsEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    private static TestServer server;
    private final AtomicBoolean exited = new AtomicBoolean();
    private Preferences node;

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
        node.removeNode();
    }

    private String stored(String column) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM halls ORDER BY id LIMIT 1")
                .mapTo(String.class).findOne().orElse(null));
    }

    private Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    private void typeInto(FrameFixture main, String name, String text) {
        javax.swing.text.JTextComponent field = main.textBox(name).target();
        robot.click(field);
        GuiActionRunner.execute(field::selectAll);
        robot.enterText(text);
        robot.waitForIdle();
    }

    @Test
    void an_administrator_has_a_bad_pattern_refused_by_the_server_then_saves_the_halls_settings() throws Exception {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        LaunchOptions options = new LaunchOptions(server.baseUrl(), null, null, null, "light",
                Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> ClientApp.create(options, new ClientPrefs(node), () -> exited.set(true)).start());
        DialogFixture signIn = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        awaitShowing(signIn.target(), SignInDialog.USERNAME_FIELD);
        signIn.textBox(SignInDialog.USERNAME_FIELD).enterText(server.username(Role.ADMIN));
        signIn.textBox(SignInDialog.PASSWORD_FIELD).enterText(server.password(Role.ADMIN));
        signIn.button(SignInDialog.SIGN_IN_BUTTON).click();
        FrameFixture main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        awaitShowing(main.target(), ItemListPane.FILTER_FIELD);
        GuiActionRunner.execute(() -> {
            main.target().setExtendedState(java.awt.Frame.NORMAL);
            main.target().setBounds(0, 0, 1366, 768);
            main.target().validate();
        });

        main.tabbedPane(CatalogAdminPanel.TABS).requireTitle("大厅设置",
                org.assertj.swing.data.Index.atIndex(CatalogAdminPanel.HALL_SETTINGS_TAB))
                .selectTab(CatalogAdminPanel.HALL_SETTINGS_TAB);
        awaitShowing(main.target(), HallSettingsPane.PATTERN_FIELD);
        await().atMost(SLOW).untilAsserted(() -> main.textBox(HallSettingsPane.PATTERN_FIELD)
                .requireText("{hall}{kind}〔{year}〕{seq:5}号"));
        String before = stored("document_number_pattern");

        // a pattern without {seq}: core's rule says so at once in the preview, and the server refuses the save
        typeInto(main, HallSettingsPane.PATTERN_FIELD, "{hall}{kind}〔{year}〕号");
        assertThat(main.label(HallSettingsPane.PREVIEW_LABEL).text()).contains("文书编号格式须各含一次");
        typeInto(main, HallSettingsPane.RECONSIDERATION_FIELD, "南宁市青秀区人民政府");
        main.button(HallSettingsPane.SAVE_BUTTON).click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(HallSettingsPane.ERROR_LABEL).text())
                .startsWith("大厅设置有 1 处需要修改：").contains("文书编号格式须各含一次"));
        javax.swing.JComponent pattern = main.textBox(HallSettingsPane.PATTERN_FIELD).target();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(focusOwner()).isSameAs(pattern));
        assertThat(stored("document_number_pattern")).as("a refused save changes nothing").isEqualTo(before);
        assertThat(stored("reconsideration_body")).isNotEqualTo("南宁市青秀区人民政府");

        typeInto(main, HallSettingsPane.PATTERN_FIELD, "{hall}〔{year}〕{kind}字第{seq:3}号");
        // the field at fault was edited: the refusal's message goes with its only problem
        assertThat(main.label(HallSettingsPane.ERROR_LABEL).text()).isBlank();
        typeInto(main, HallSettingsPane.ABBREVIATION_FIELD, "青秀政务");
        typeInto(main, HallSettingsPane.CONSULTING_FIELD, "0771-5551234");
        typeInto(main, HallSettingsPane.COURT_FIELD, "南宁市青秀区人民法院");
        // the code of 受理通知书: a double-click opens the cell, typing replaces the code, Enter takes it
        main.table(HallSettingsPane.CODES_TABLE).cell(TableCell.row(NoticeKind.ACCEPTANCE.ordinal()).column(1))
                .doubleClick();
        robot.waitForIdle();
        javax.swing.JTable codes = main.table(HallSettingsPane.CODES_TABLE).target();
        GuiActionRunner.execute(() -> ((javax.swing.text.JTextComponent) codes.getEditorComponent()).selectAll());
        robot.enterText("准受");
        robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        robot.waitForIdle();
        int year = LocalDate.now().getYear();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> main.label(HallSettingsPane.PREVIEW_LABEL)
                .requireText("示例：青秀政务〔" + year + "〕准受字第001号"));
        robot.waitForIdle();
        Path shot = Path.of("target", "screenshots");
        Files.createDirectories(shot);
        Screenshots.save(robot, main.target(), "hall-settings-1366x768");

        main.button(HallSettingsPane.SAVE_BUTTON).click();
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(HallSettingsPane.NOTICE_LABEL).text())
                .startsWith("大厅设置已保存"));
        assertThat(main.label(HallSettingsPane.ERROR_LABEL).text()).isBlank();

        HttpHallApi second = new HttpHallApi(URI.create(server.baseUrl()));
        second.signIn(new SignInRequest(server.username(Role.ADMIN), server.password(Role.ADMIN), null));
        HallDocumentSettings saved = second.hallDocumentSettings().settings();
        assertThat(saved.documentNumberPattern()).isEqualTo("{hall}〔{year}〕{kind}字第{seq:3}号");
        assertThat(saved.documentAbbreviation()).isEqualTo("青秀政务");
        assertThat(saved.reconsiderationBody()).isEqualTo("南宁市青秀区人民政府");
        assertThat(saved.court()).isEqualTo("南宁市青秀区人民法院");
        assertThat(saved.consultingPhone()).isEqualTo("0771-5551234");
        assertThat(saved.kindCodes()).containsEntry(NoticeKind.ACCEPTANCE, "准受");
        int audited = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log a JOIN staff s"
                + " ON s.id = a.staff_id WHERE a.action = 'HALL_SETTINGS_CHANGED' AND s.username = :u")
                .bind("u", server.username(Role.ADMIN)).mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);

        GuiActionRunner.execute(() -> {
            main.target().setBounds(0, 0, 1920, 1080);
            main.target().validate();
        });
        robot.waitForIdle();
        Screenshots.save(robot, main.target(), "hall-settings-1920x1080");
        assertThat(GuiActionRunner.execute(() -> main.target().getSize())).isEqualTo(new Dimension(1920, 1080));
    }
}
