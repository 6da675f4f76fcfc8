package org.yichuang.client.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyChangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;

class SignInPresenterTest {
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final FakeHallApi api = new FakeHallApi();
    private final List<Session> sessions = new ArrayList<>();
    private final List<PropertyChangeEvent> events = new ArrayList<>();
    private Preferences node;
    private ClientPrefs prefs;
    private SignInPresenter presenter;
    private SignInAction action;

    @BeforeEach
    void setUp() {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        prefs = new ClientPrefs(node);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        presenter = new SignInPresenter(prefs, messages, tasks, server -> api, sessions::add);
        action = new SignInAction(messages, presenter);
        presenter.addPropertyChangeListener(events::add);
    }

    @AfterEach
    void removePrefs() throws Exception {
        node.removeNode();
    }

    private String[] keys() {
        try {
            return node.keys();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fillIn(String password) {
        presenter.setServerUrl("http://127.0.0.1:8080");
        presenter.setCounterNo("3");
        presenter.setUsername(FakeHallApi.CLERK);
        presenter.setPassword(password.toCharArray());
    }

    @Test
    void the_action_is_enabled_only_once_user_and_password_are_filled_in() {
        assertThat(action.isEnabled()).isFalse();
        presenter.setUsername("clerk");
        assertThat(action.isEnabled()).isFalse();
        presenter.setPassword("x".toCharArray());
        assertThat(action.isEnabled()).isTrue();
        presenter.setPassword(new char[0]);
        assertThat(action.isEnabled()).isFalse();
    }

    @Test
    void properties_fire_only_on_a_real_change() {
        presenter.setUsername("clerk");
        events.clear();

        presenter.setUsername("clerk");

        assertThat(events).isEmpty();
    }

    @Test
    void a_good_sign_in_hands_on_the_session_and_remembers_everything_but_the_password() {
        fillIn(FakeHallApi.CLERK_PASSWORD);

        action.actionPerformed(null);

        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.info().staff().displayName()).isEqualTo(FakeHallApi.CLERK_NAME);
            assertThat(s.info().counter().number()).isEqualTo(3);
        });
        assertThat(prefs.get(ClientPrefs.KEY_USERNAME)).contains("clerk");
        assertThat(prefs.get(ClientPrefs.KEY_COUNTER_NO)).contains("3");
        assertThat(prefs.get(ClientPrefs.KEY_SERVER_URL)).contains("http://127.0.0.1:8080");
        for (String key : keys()) {
            assertThat(node.get(key, "")).doesNotContain(FakeHallApi.CLERK_PASSWORD);
        }
        assertThat(presenter.errorMessage()).isNull();
    }

    @Test
    void a_wrong_password_shows_a_chinese_message_and_signs_nobody_in() {
        fillIn("wrong");

        presenter.signIn();

        assertThat(sessions).isEmpty();
        assertThat(presenter.errorMessage()).isEqualTo("用户名或密码错误，请重新输入。");
        assertThat(action.isEnabled()).isTrue();
    }

    @Test
    void an_unreachable_server_and_a_throttled_sign_in_have_their_own_messages() {
        fillIn(FakeHallApi.CLERK_PASSWORD);
        api.failNextWith(org.yichuang.core.error.ErrorCode.SERVER_UNREACHABLE);
        presenter.signIn();
        assertThat(presenter.errorMessage()).isEqualTo("无法连接服务器，请检查网络和服务器地址。");

        api.failNextWith(org.yichuang.core.error.ErrorCode.AUTH_THROTTLED);
        presenter.signIn();
        assertThat(presenter.errorMessage()).isEqualTo("登录尝试过于频繁，请稍后再试。");
    }

    @Test
    void a_server_url_without_http_is_refused_before_any_call() {
        fillIn(FakeHallApi.CLERK_PASSWORD);
        presenter.setServerUrl("127.0.0.1:8080");

        presenter.signIn();

        assertThat(presenter.errorMessage()).contains("http://");
        assertThat(sessions).isEmpty();
    }

    @Test
    void while_signing_in_the_presenter_is_busy_and_the_action_disabled() {
        fillIn(FakeHallApi.CLERK_PASSWORD);
        tasks.hold();

        presenter.signIn();

        assertThat(presenter.isBusy()).isTrue();
        assertThat(action.isEnabled()).isFalse();
        tasks.runNext();
        assertThat(presenter.isBusy()).isFalse();
        assertThat(sessions).hasSize(1);
    }
}
