package org.yichuang.server.account;

import java.time.Clock;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.staff.Role;

/** Creates staff accounts (for the initial administrator and demo data). */
public final class StaffAccounts {
    private final StaffDao staff;
    private final PasswordHasher hasher;
    private final Clock clock;

    /** Wires the creator. */
    public StaffAccounts(Jdbi jdbi, PasswordHasher hasher, Clock clock) {
        this.staff = jdbi.onDemand(StaffDao.class);
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Returns true when no account exists at all. */
    public boolean none() {
        return staff.countAll() == 0;
    }

    /** Returns true when the user name is taken. */
    public boolean exists(String username) {
        return staff.findByUsername(username).isPresent();
    }

    /** Creates an enabled account; returns its id. */
    public long create(String username, String displayName, String password, Set<Role> roles) {
        return staff.create(username, displayName, hasher.hash(password), clock.instant(), roles);
    }
}
