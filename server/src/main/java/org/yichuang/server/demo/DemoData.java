package org.yichuang.server.demo;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.PasswordHasher;
import org.yichuang.server.account.StaffDao;
import org.yichuang.server.catalog.ItemDao;
import org.yichuang.server.catalog.ItemRow;
import org.yichuang.server.counter.CounterDao;

/** Seeds a demo hall: one hall, four counters, the demo catalog and one account per role. */
public final class DemoData {
    /** The demo hall (政务服务大厅). */
    public static final String HALL_NAME = "示范县政务服务中心";
    /** The number of counters (综合窗口) seeded. */
    public static final int COUNTERS = 4;

    private static final Map<Role, String[]> ACCOUNTS = Map.of(
            Role.WINDOW, new String[] {"window1", "王晓燕"},
            Role.BACK_OFFICE, new String[] {"backoffice1", "李建国"},
            Role.RELEASE, new String[] {"release1", "陈静"},
            Role.SUPERVISOR, new String[] {"supervisor1", "刘伟"},
            Role.ADMIN, new String[] {"admin1", "赵敏"});

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final java.time.Clock clock;

    /** Wires the seeder. */
    public DemoData(Jdbi jdbi, PasswordHasher hasher, java.time.Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Returns true when the database holds no hall and no item (so seeding cannot clash). */
    public boolean databaseIsEmpty() {
        return jdbi.withHandle(h -> h.attach(CounterDao.class).countHalls() == 0
                && h.attach(ItemDao.class).countAll() == 0);
    }

    /** Seeds everything in one transaction; the passwords come from {@code passwordFor}. */
    public Map<Role, DemoAccount> seed(Function<Role, String> passwordFor) {
        Map<Role, DemoAccount> accounts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String[] a = ACCOUNTS.get(role);
            accounts.put(role, new DemoAccount(role, a[0], a[1], passwordFor.apply(role)));
        }
        // hash outside the transaction: Argon2id is slow on purpose
        Map<Role, String> hashes = new EnumMap<>(Role.class);
        accounts.forEach((role, a) -> hashes.put(role, hasher.hash(a.password())));
        jdbi.useTransaction(h -> {
            CounterDao counters = h.attach(CounterDao.class);
            long hall = counters.insertHall(HALL_NAME, "Asia/Shanghai");
            for (int n = 1; n <= COUNTERS; n++) {
                counters.insertCounter(hall, n, n + "号综合窗口");
            }
            ItemDao items = h.attach(ItemDao.class);
            for (ItemRow item : DemoCatalog.items()) {
                items.insert(item);
            }
            StaffDao staff = h.attach(StaffDao.class);
            accounts.forEach((role, a) -> staff.create(a.username(), a.displayName(), hashes.get(role),
                    clock.instant(), EnumSet.of(role)));
        });
        return accounts;
    }
}
