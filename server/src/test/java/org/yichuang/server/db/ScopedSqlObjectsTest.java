package org.yichuang.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.StaffDao;
import org.yichuang.server.testing.MigratedDatabase;

class ScopedSqlObjectsTest {
    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void a_dao_attached_in_a_transaction_is_shared_and_runs_in_that_transaction() {
        AtomicReference<StaffDao> first = new AtomicReference<>();
        assertThatThrownBy(() -> db.jdbi().useTransaction(h -> {
            first.set(h.attach(StaffDao.class));
            first.get().create("scoped", "甲", "h", NOW, EnumSet.of(Role.WINDOW));
            // the same object for a second attach, and the row is in this transaction: the handle sees it
            assertThat(h.attach(StaffDao.class)).isSameAs(first.get());
            assertThat(h.createQuery("SELECT count(*) FROM staff WHERE username = 'scoped'").mapTo(Integer.class)
                    .one()).isEqualTo(1);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");

        int afterRollback = db.jdbi().withHandle(h -> h.attach(StaffDao.class).findByUsername("scoped").isPresent()
                ? 1 : 0);
        assertThat(afterRollback).isZero();
        // a later transaction gets the same DAO, now running on its own handle
        StaffDao again = db.jdbi().inTransaction(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            dao.create("scoped", "甲", "h", NOW, EnumSet.of(Role.WINDOW));
            return dao;
        });
        assertThat(again).isSameAs(first.get());
        boolean stored = db.jdbi().withHandle(h -> h.attach(StaffDao.class).findByUsername("scoped").isPresent());
        assertThat(stored).isTrue();
    }

    @Test
    void a_handle_opened_by_hand_gets_its_own_dao() {
        StaffDao scoped = db.jdbi().withHandle(h -> h.attach(StaffDao.class));
        try (Handle h = db.jdbi().open()) {
            StaffDao own = h.attach(StaffDao.class);
            own.create("own", "乙", "h", NOW, EnumSet.of(Role.SUPERVISOR));

            assertThat(own).isNotSameAs(scoped);
            assertThat(own.findByUsername("own")).isPresent();
        }
    }

    @Test
    void a_dao_kept_after_its_transaction_refuses_to_run() {
        StaffDao kept = db.jdbi().withHandle(h -> h.attach(StaffDao.class));

        assertThatThrownBy(() -> kept.findByUsername("anyone")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after it ended");
    }
}
