package org.yichuang.client.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.yichuang.client.signin.Session;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.Theme;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.SessionInfo;
import org.yichuang.core.api.StaffInfo;
import org.yichuang.core.staff.Role;

class MainPresenterTest {
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final AtomicInteger signedOut = new AtomicInteger();

    private MainPresenter presenter(Set<Role> roles, boolean atCounter) {
        SessionInfo info = new SessionInfo("t", Instant.parse("2026-11-23T10:00:00Z"),
                new StaffInfo("someone", "某人", roles),
                atCounter ? new CounterInfo(3, "3号综合窗口", FakeHallApi.HALL_NAME) : null, FakeHallApi.HALL_ZONE);
        return new MainPresenter(new Session(new FakeHallApi(), info, "http://127.0.0.1:8080"), tasks, Theme.LIGHT,
                signedOut::incrementAndGet);
    }

    @Test
    void an_administrator_without_a_counter_works_in_catalog_administration() {
        MainPresenter main = presenter(Set.of(Role.ADMIN), false);
        assertThat(main.isAdmin()).isTrue();
        assertThat(main.workArea()).isEqualTo(MainPresenter.WorkArea.CATALOG_ADMIN);
        assertThat(main.opensCatalogInWindow()).isFalse();
    }

    @Test
    void an_administrator_at_a_counter_keeps_intake_and_opens_the_catalog_in_a_window() {
        MainPresenter main = presenter(Set.of(Role.WINDOW, Role.ADMIN), true);
        assertThat(main.workArea()).isEqualTo(MainPresenter.WorkArea.INTAKE);
        assertThat(main.opensCatalogInWindow()).isTrue();
    }

    @Test
    void a_clerk_never_sees_catalog_administration() {
        MainPresenter main = presenter(Set.of(Role.WINDOW), true);
        assertThat(main.isAdmin()).isFalse();
        assertThat(main.workArea()).isEqualTo(MainPresenter.WorkArea.INTAKE);
        assertThat(main.opensCatalogInWindow()).isFalse();
        MainPresenter supervisor = presenter(Set.of(Role.SUPERVISOR), false);
        assertThat(supervisor.workArea()).isEqualTo(MainPresenter.WorkArea.CASES);
        assertThat(supervisor.opensCatalogInWindow()).isFalse();
    }

    @Test
    void signing_out_waits_for_every_leave_guard_to_agree() {
        MainPresenter main = presenter(Set.of(Role.ADMIN), false);
        boolean[] agree = {false};
        main.addLeaveGuard(() -> agree[0]);
        main.signOut();
        assertThat(main.isSignedOut()).isFalse();
        assertThat(signedOut).hasValue(0);
        agree[0] = true;
        main.signOut();
        assertThat(main.isSignedOut()).isTrue();
        assertThat(signedOut).hasValue(1);
    }
}
