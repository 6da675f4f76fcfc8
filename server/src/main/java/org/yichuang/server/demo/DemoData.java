package org.yichuang.server.demo;

import org.yichuang.server.hall.HallDao;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.PasswordHasher;
import org.yichuang.server.account.StaffDao;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.catalog.Actor;
import org.yichuang.server.catalog.CatalogWriter;
import org.yichuang.server.catalog.ItemDao;
import org.yichuang.server.catalog.ItemJson;
import org.yichuang.server.catalog.ItemVersionDao;
import org.yichuang.server.counter.CounterDao;
import org.yichuang.server.queue.QueueSettingsService;
import org.yichuang.server.web.Json;

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
    private final Clock clock;
    private final DemoCatalog catalog;
    private final CatalogWriter writer;

    /** Wires the seeder; the catalog is read and written with the server's mapper. */
    public DemoData(Jdbi jdbi, PasswordHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
        this.catalog = new DemoCatalog(Json.newObjectMapper());
        this.writer = new CatalogWriter(new ItemJson(Json.newObjectMapper()));
    }

    /** Returns true when the database holds no hall and no item (so seeding cannot clash). */
    public boolean databaseIsEmpty() {
        return jdbi.withHandle(h -> h.attach(HallDao.class).countHalls() == 0
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
        CatalogDocument document = catalog.document();
        jdbi.useTransaction(h -> {
            CounterDao counters = h.attach(CounterDao.class);
            long hall = h.attach(HallDao.class).insertHall(HALL_NAME, "Asia/Shanghai");
            // the county government reviews its departments' acts (复议法 Art. 24); the county court hears suits
            h.attach(HallDao.class).setRemedies(hall, "示范县人民政府", "示范县人民法院");
            for (int n = 1; n <= COUNTERS; n++) {
                counters.insertCounter(hall, n, n + "号综合窗口");
            }
            seedCatalog(h, document);
            StaffDao staff = h.attach(StaffDao.class);
            accounts.forEach((role, a) -> staff.create(a.username(), a.displayName(), hashes.get(role),
                    clock.instant(), EnumSet.of(role)));
        });
        return accounts;
    }

    /**
     * Seeds the demo catalog unless the catalog already has versions: a database from before versions existed
     * (session 1's demo items, now out of force) gets it on its next start, and a restart changes nothing.
     *
     * @return true when the catalog was seeded
     */
    public boolean seedCatalogIfEmpty() {
        CatalogDocument document = catalog.document();
        return jdbi.inTransaction(h -> seedCatalog(h, document));
    }

    /**
     * Seeds the demo hall's queue (a walk-in category and a booking category with places per slot) unless an
     * administrator has saved queue settings; a restart changes nothing.
     *
     * @return true when seeded
     */
    public boolean seedQueueIfUnsaved(QueueSettingsService queue) {
        List<Integer> counters = java.util.stream.IntStream.rangeClosed(1, COUNTERS).boxed().toList();
        return queue.seedUnlessSaved(DemoQueue.settings(counters, catalog.document()), DemoQueue.capacities());
    }

    private boolean seedCatalog(Handle h, CatalogDocument document) {
        h.attach(ItemDao.class).lockCatalog();
        if (h.attach(ItemVersionDao.class).countAll() > 0) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Long> ids = new HashMap<>();
        h.attach(ItemDao.class).identities().forEach(r -> ids.put(r.implementationCode(), r.id()));
        List<CatalogWriter.Planned> planned = document.items().stream()
                .map(i -> new CatalogWriter.Planned(ids.get(i.implementationCode()), 1, i, now, true)).toList();
        ids.putAll(writer.writeVersions(h, planned, Actor.SYSTEM, now, AuditAction.CATALOG_SEEDED));
        writer.writeBundles(h, document.bundles(), ids, Actor.SYSTEM, now);
        return true;
    }
}
