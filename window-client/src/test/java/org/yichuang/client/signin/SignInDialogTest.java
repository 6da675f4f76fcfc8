package org.yichuang.client.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.Preferences;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;

class SignInDialogTest extends SwingTestBase {
    private final FakeHallApi api = new FakeHallApi();
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private Preferences node;
    private DialogFixture dialog;

    @BeforeEach
    void showDialog() {
        // Every lookup here is scoped to this dialog, so the robot may see the whole AWT hierarchy. A robot over "new
        // components only" sometimes (after earlier test classes in the same JVM) filtered this new dialog's children
        // as pre-existing: the set-up wait then timed out on a showing dialog listed without any child.
        robot.cleanUp();
        robot = org.assertj.swing.core.BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        SignInDialog built = GuiActionRunner.execute(() -> {
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            SignInPresenter presenter = new SignInPresenter(new ClientPrefs(node), messages, tasks, s -> api,
                    sessions::add);
            return new SignInDialog(messages, presenter, new SignInAction(messages, presenter), () -> { });
        });
        dialog = new DialogFixture(robot, built);
        dialog.show();
        awaitShowing(built, SignInDialog.COUNTER_FIELD);
    }

    @AfterEach
    void removePrefs() throws Exception {
        node.removeNode();
    }

    private void type(String password) {
        dialog.textBox(SignInDialog.COUNTER_FIELD).setText("3");
        dialog.textBox(SignInDialog.USERNAME_FIELD).setText("").enterText(FakeHallApi.CLERK);
        dialog.textBox(SignInDialog.PASSWORD_FIELD).setText("").enterText(password);
        // typed key events can still be on their way under a loaded Xvfb: click only once all of them have arrived
        javax.swing.JPasswordField field = (javax.swing.JPasswordField) dialog.textBox(SignInDialog.PASSWORD_FIELD)
                .target();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> GuiActionRunner
                .execute(() -> new String(field.getPassword()).equals(password)
                        && dialog.button(SignInDialog.SIGN_IN_BUTTON).target().isEnabled()));
    }

    /**
     * Presses 登录 through the button itself, on the event thread: the robot's clicks on this freshly shown dialog were
     * lost on a loaded Xvfb in CI (twice, in different tests: the error label stayed blank for 10 s). Enter in the
     * password field (two tests below) still signs in through the robot's real key events.
     */
    private void submit() {
        GuiActionRunner.execute(() -> dialog.button(SignInDialog.SIGN_IN_BUTTON).target().doClick());
    }

    /** The answer comes back from a background task: wait for the message rather than read the label at once. */
    private void awaitError(String message) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                dialog.label(SignInDialog.ERROR_LABEL).requireText(message));
    }

    @Test
    void the_button_is_disabled_until_user_and_password_are_typed() {
        dialog.button(SignInDialog.SIGN_IN_BUTTON).requireDisabled();
        dialog.textBox(SignInDialog.USERNAME_FIELD).enterText("clerk");
        dialog.button(SignInDialog.SIGN_IN_BUTTON).requireDisabled();
        dialog.textBox(SignInDialog.PASSWORD_FIELD).enterText("x");
        dialog.button(SignInDialog.SIGN_IN_BUTTON).requireEnabled();
    }

    @Test
    void a_wrong_password_shows_the_reason_in_chinese_and_keeps_the_dialog_open() {
        type("not-the-password");

        submit();

        // the answer comes back from a background task: wait for it rather than race it (seen under load in CI)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                dialog.label(SignInDialog.ERROR_LABEL).requireText("用户名或密码错误，请重新输入。"));
        dialog.requireVisible();
        assertThat(sessions).isEmpty();
    }

    @Test
    void enter_in_the_password_field_signs_in() {
        type(FakeHallApi.CLERK_PASSWORD);

        dialog.textBox(SignInDialog.PASSWORD_FIELD).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        assertThat(sessions).singleElement()
                .satisfies(s -> assertThat(s.info().staff().displayName()).isEqualTo(FakeHallApi.CLERK_NAME));
    }

    @Test
    void an_unreachable_server_is_explained() {
        type(FakeHallApi.CLERK_PASSWORD);
        api.failNextWith(org.yichuang.core.error.ErrorCode.SERVER_UNREACHABLE);

        submit();

        awaitError("无法连接服务器，请检查网络和服务器地址。");
    }

    @Test
    void after_a_wrong_password_the_caret_is_back_in_the_selected_password_and_the_error_looks_like_one() {
        type("not-the-password");
        tasks.hold();   // as in production: the fields are disabled while the server answers

        submit();
        GuiActionRunner.execute(tasks::runNext);
        robot.waitForIdle();

        dialog.textBox(SignInDialog.PASSWORD_FIELD).requireFocused();
        javax.swing.JPasswordField password = (javax.swing.JPasswordField) dialog.textBox(SignInDialog.PASSWORD_FIELD)
                .target();
        assertThat(GuiActionRunner.execute(() -> password.getSelectionEnd() - password.getSelectionStart()))
                .isEqualTo("not-the-password".length());
        assertThat(GuiActionRunner.execute(() -> password.getClientProperty(
                com.formdev.flatlaf.FlatClientProperties.OUTLINE))).isEqualTo("error");
        javax.swing.JLabel error = dialog.label(SignInDialog.ERROR_LABEL).target();
        dialog.label(SignInDialog.ERROR_LABEL).requireText("用户名或密码错误，请重新输入。");
        assertThat(GuiActionRunner.execute(error::getIcon)).isNotNull();
        assertThat(GuiActionRunner.execute(error::getForeground))
                .isEqualTo(javax.swing.UIManager.getColor("Yichuang.error.foreground"));
        org.yichuang.client.testing.Screenshots.save(robot, dialog.target(), "sign-in-wrong-password");

        // typing again keeps the outline until the next attempt; a good password signs in
        robot.enterText(FakeHallApi.CLERK_PASSWORD);
        dialog.textBox(SignInDialog.PASSWORD_FIELD).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiActionRunner.execute(tasks::runNext);
        assertThat(sessions).hasSize(1);
    }

    @Test
    void a_counter_number_that_is_not_a_number_puts_the_caret_in_the_counter_field() {
        type("whatever");
        dialog.textBox(SignInDialog.COUNTER_FIELD).setText("三号");

        submit();

        awaitError("窗口号应为正整数。");
        dialog.textBox(SignInDialog.COUNTER_FIELD).requireFocused();
        assertThat(GuiActionRunner.execute(() -> dialog.textBox(SignInDialog.COUNTER_FIELD).target()
                .getClientProperty(com.formdev.flatlaf.FlatClientProperties.OUTLINE))).isEqualTo("error");
        assertThat(GuiActionRunner.execute(() -> dialog.textBox(SignInDialog.PASSWORD_FIELD).target()
                .getClientProperty(com.formdev.flatlaf.FlatClientProperties.OUTLINE))).isNull();
    }
}
