package org.yichuang.client.admin;

import java.awt.Dimension;
import java.awt.Point;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.yichuang.client.admin.item.ItemEditorPane;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.main.MainPresenter;
import org.yichuang.client.main.SignOutAction;
import org.yichuang.client.main.SwitchThemeAction;
import org.yichuang.client.signin.Session;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.Theme;
import org.yichuang.core.api.SessionInfo;
import org.yichuang.core.api.StaffInfo;
import org.yichuang.core.staff.Role;

/**
 * Catalog administration as the demo shows it to an administrator signed in without a counter: inside the real main
 * window (header, menus, status bar), at a given screen size, so layout tests measure what the administrator sees.
 */
final class AdminWindow implements AutoCloseable {
    final AdminFixture f;
    final CatalogAdmin admin;
    final FrameFixture window;
    private final Preferences node;

    private AdminWindow(AdminFixture f, CatalogAdmin admin, FrameFixture window, Preferences node) {
        this.f = f;
        this.admin = admin;
        this.window = window;
        this.node = node;
    }

    /** Shows the main window of an administrator at {@code size} (e.g. 1366×768), texts in {@code locale}. */
    static AdminWindow show(Robot robot, Locale locale, Dimension size) {
        AdminFixture f = new AdminFixture(locale);
        Preferences node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        Object[] built = GuiActionRunner.execute(() -> {
            CatalogAdmin admin = new CatalogAdmin(f.api, f.tasks, f.messages, f.prompts, f.files, AdminFixture.CLOCK);
            SessionInfo info = new SessionInfo("t", Instant.parse("2026-11-23T10:00:00Z"),
                    new StaffInfo("admin", "管理员", Set.of(Role.ADMIN)), null, FakeHallApi.HALL_ZONE);
            MainPresenter main = new MainPresenter(new Session(f.api, info, "http://127.0.0.1:8080"),
                    new FakeBackgroundTasks(), Theme.LIGHT, () -> { });
            Messages m = f.messages;
            JFrame frame = new MainFrame(m, main, admin.panel(), new SignOutAction(m, main),
                    new SwitchThemeAction(m, main), () -> { }, new ClientPrefs(node), java.util.List.of(admin.menu()));
            admin.load();
            return new Object[] {admin, frame};
        });
        FrameFixture window = new FrameFixture(robot, (JFrame) built[1]);
        window.show(size);
        window.moveTo(new Point(0, 0));
        GuiActionRunner.execute(() -> {
            window.target().setSize(size);
            window.target().validate();
        });
        robot.waitForIdle();
        return new AdminWindow(f, (CatalogAdmin) built[0], window, node);
    }

    /**
     * Opens the item named {@code name} from the keyboard: its name in the filter, then Enter (the only item left);
     * a key arrives after the keys typed before it, where a mouse click may overtake them on a loaded machine.
     */
    void open(String name) {
        window.textBox(ItemListPane.FILTER_FIELD).deleteText().enterText(name);
        window.table(ItemListPane.TABLE).requireRowCount(1);
        window.textBox(ItemListPane.FILTER_FIELD).pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        try {
            window.label(ItemEditorPane.TITLE_LABEL).requireText(name);
        } catch (RuntimeException | AssertionError e) {
            org.yichuang.client.testing.Screenshots.save(window.robot(), window.target(), "failed-open-" + name);
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        window.cleanUp();
        node.removeNode();
    }
}
