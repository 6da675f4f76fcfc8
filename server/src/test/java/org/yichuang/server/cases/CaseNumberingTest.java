package org.yichuang.server.cases;

import org.yichuang.server.hall.HallDao;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.StaffDao;
import org.yichuang.server.catalog.ItemVersionDao;
import org.yichuang.server.counter.CounterDao;
import org.yichuang.server.testing.CatalogFixtures;
import org.yichuang.server.testing.MigratedDatabase;

/** {@link CaseInsertDao#insertNumbered}: numbering, the case, the key's link and the audit row in one statement. */
class CaseNumberingTest {
    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private Jdbi jdbi;
    private long item;
    private long version;
    private long counter;
    private long staff;
    private long person;

    @BeforeEach
    void seed() {
        jdbi = db.jdbi();
        CounterDao counters = jdbi.onDemand(CounterDao.class);
        counter = counters.insertCounter(jdbi.onDemand(HallDao.class).insertHall("测试大厅", "Asia/Shanghai"), 1, "1号综合窗口");
        item = new CatalogFixtures(jdbi).store(null, 1, CatalogFixtures.item(1, "公共场所卫生许可证核发"), NOW, true, NOW)
                .values().iterator().next();
        version = jdbi.onDemand(ItemVersionDao.class).latest(CatalogFixtures.item(1, "").implementationCode())
                .orElseThrow().id();
        staff = jdbi.onDemand(StaffDao.class).create("w", "王", "hash", NOW, EnumSet.of(Role.WINDOW));
        person = jdbi.onDemand(PersonDao.class).upsert("11010519491231002X", "张三", null, NOW);
    }

    private Optional<String> insert(String key, int max) {
        return jdbi.inTransaction(h -> {
            h.attach(IdempotencyDao.class).claim(staff, counter, key, "hash", NOW);
            return h.attach(CaseInsertDao.class).insertNumbered(key, "P20260302", max, item, version, DAY, "测试部门", person, "张三",
                    "13800138000", "备注", counter, staff, NOW, DAY.plusDays(7), "CASE_CREATED", "person:" + person,
                    null, null, null, null, null);
        });
    }

    private String one(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void numbers_with_four_digits_links_the_key_and_audits_the_case_number() {
        assertThat(insert("k-1", 9999)).contains("P202603020001");
        assertThat(insert("k-2", 9999)).contains("P202603020002");

        assertThat(one("SELECT k.case_no FROM idempotency_keys i JOIN cases k ON k.id = i.case_id WHERE i.key = 'k-2'"))
                .isEqualTo("P202603020002");
        assertThat(one("SELECT string_agg(subject || ' ' || detail, ',' ORDER BY id) FROM audit_log "
                + "WHERE action = 'CASE_CREATED'")).isEqualTo("P202603020001 person:" + person + ",P202603020002 person:"
                + person);
        assertThat(one("SELECT applicant_name || phone || remarks || item_version_id FROM cases WHERE case_no = "
                + "'P202603020001'")).isEqualTo("张三13800138000备注" + version);
    }

    @Test
    void only_the_clerks_own_key_at_this_counter_is_linked_to_the_case() {
        long other = jdbi.onDemand(StaffDao.class).create("w2", "李", "hash", NOW, EnumSet.of(Role.WINDOW));
        jdbi.onDemand(IdempotencyDao.class).claim(other, counter, "k-1", "hash", NOW);

        assertThat(insert("k-1", 9999)).contains("P202603020001");

        assertThat(one("SELECT count(*)::text FROM idempotency_keys WHERE key = 'k-1' AND case_id IS NOT NULL"))
                .isEqualTo("1");
        assertThat(jdbi.onDemand(IdempotencyDao.class).find(other, counter, "k-1").orElseThrow().caseId()).isNull();
    }

    @Test
    void past_the_last_daily_number_nothing_is_stored_and_no_number_is_returned() {
        assertThat(insert("k-1", 1)).isPresent();

        assertThat(insert("k-2", 1)).isEmpty();

        assertThat(one("SELECT count(*)::text FROM cases")).isEqualTo("1");
        assertThat(one("SELECT count(*)::text FROM audit_log WHERE action = 'CASE_CREATED'")).isEqualTo("1");
        assertThat(one("SELECT count(*)::text FROM idempotency_keys WHERE case_id IS NULL")).isEqualTo("1");
    }
}
