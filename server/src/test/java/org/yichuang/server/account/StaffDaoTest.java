package org.yichuang.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.MigratedDatabase;

class StaffDaoTest {
    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void create_stores_the_account_with_all_its_roles() {
        StaffDao staff = db.jdbi().onDemand(StaffDao.class);

        staff.create("lead", "张组长", "h", NOW, EnumSet.of(Role.SUPERVISOR, Role.WINDOW));

        StaffRow row = staff.findByUsername("lead").orElseThrow();
        assertThat(row.roleSet()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.WINDOW);
        assertThat(row.enabled()).isTrue();
        assertThat(staff.countAll()).isEqualTo(1);
    }

    @Test
    void sessions_are_found_by_token_fingerprint_and_revoked_once() {
        StaffDao staff = db.jdbi().onDemand(StaffDao.class);
        SessionDao sessions = db.jdbi().onDemand(SessionDao.class);
        long id = staff.create("s", "刘", "h", NOW, EnumSet.of(Role.SUPERVISOR));
        long session = sessions.insert(Tokens.fingerprint("tok"), id, null, NOW, NOW.plusSeconds(60));

        SessionRow row = sessions.findByTokenHash(Tokens.fingerprint("tok")).orElseThrow();

        assertThat(row.id()).isEqualTo(session);
        assertThat(row.roles()).isEqualTo("SUPERVISOR");
        assertThat(row.counterId()).isNull();
        assertThat(sessions.revoke(session, NOW)).isEqualTo(1);
        assertThat(sessions.revoke(session, NOW)).isZero();
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM sessions")
                .mapTo(String.class).one());
        assertThat(stored).isNotEqualTo("tok").hasSize(64);
    }
}
