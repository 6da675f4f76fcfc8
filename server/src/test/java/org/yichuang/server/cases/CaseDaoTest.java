package org.yichuang.server.cases;

import org.yichuang.server.hall.HallDao;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
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

class CaseDaoTest {
    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private Jdbi jdbi;
    private long item1;
    private long item2;
    private long version1;
    private long version2;
    private long counter;
    private long staff;

    @BeforeEach
    void seed() {
        jdbi = db.jdbi();
        CounterDao counters = jdbi.onDemand(CounterDao.class);
        counter = counters.insertCounter(jdbi.onDemand(HallDao.class).insertHall("测试大厅", "Asia/Shanghai"), 1, "1号综合窗口");
        CatalogFixtures catalog = new CatalogFixtures(jdbi);
        item1 = catalog.store(null, 1, CatalogFixtures.item(1, "公共场所卫生许可证核发"), NOW, true, NOW).values()
                .iterator().next();
        item2 = catalog.store(null, 1, CatalogFixtures.item(2, "医师执业注册"), NOW, true, NOW).values().iterator()
                .next();
        version1 = jdbi.onDemand(ItemVersionDao.class).latest(CatalogFixtures.item(1, "").implementationCode())
                .orElseThrow().id();
        version2 = jdbi.onDemand(ItemVersionDao.class).latest(CatalogFixtures.item(2, "").implementationCode())
                .orElseThrow().id();
        staff = jdbi.onDemand(StaffDao.class).create("w", "王", "hash", NOW, EnumSet.of(Role.WINDOW));
    }

    @Test
    void numbers_count_per_item_and_per_day() {
        long person = jdbi.onDemand(PersonDao.class).upsert("11010519491231002X", "张三", null, NOW);

        assertThat(insert(item1, version1, DAY, person, "张三", null, null, counter)).endsWith("0001");
        assertThat(insert(item1, version1, DAY, person, "张三", null, null, counter)).endsWith("0002");
        assertThat(insert(item2, version2, DAY, person, "张三", null, null, counter)).endsWith("0001");
        assertThat(insert(item1, version1, DAY.plusDays(1), person, "张三", null, null, counter)).endsWith("0001");
        Integer stored = jdbi.withHandle(h -> h.createQuery(
                "SELECT last_value FROM case_sequences WHERE item_id = :i AND day = :d")
                .bind("i", item1).bind("d", DAY).mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(2);
    }

    /** Stores a case through the production path; returns its number: item, day, 4-digit daily sequence. */
    private String insert(long item, long version, java.time.LocalDate day, long person, String name, String phone,
            String remarks, long counterId) {
        return jdbi.onDemand(CaseInsertDao.class).insertNumbered("k-" + java.util.UUID.randomUUID(), item + "-" + day + "-", 9999, item,
                version, day, "测试部门", person, name, phone, remarks, counterId, staff, NOW, day.plusDays(7), "CASE_CREATED", null,
                null, null, null, null, null)
                .orElseThrow();
    }

    @Test
    void upsert_keeps_one_person_per_id_number_and_never_overwrites_the_name_or_a_known_phone() {
        PersonDao persons = jdbi.onDemand(PersonDao.class);

        long first = persons.upsert("11010519491231002X", "张三", null, NOW);
        long second = persons.upsert("11010519491231002X", "张叁", "13800138000", NOW.plusSeconds(60));
        long third = persons.upsert("11010519491231002X", "張三", "13900139000", NOW.plusSeconds(120));

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        java.util.List<String> rows = jdbi.withHandle(h -> h.createQuery(
                "SELECT name || '/' || phone || '/' || updated_at FROM persons").mapTo(String.class).list());
        // the first name given stays; a phone fills the gap once and is then kept
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).startsWith("张三/13800138000/");
        Instant updated = jdbi.withHandle(h -> h.createQuery("SELECT updated_at FROM persons")
                .mapTo(Instant.class).one());
        assertThat(updated).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void findReceipt_joins_item_applicant_counter_hall_and_staff() {
        CaseDao cases = jdbi.onDemand(CaseDao.class);
        long person = jdbi.onDemand(PersonDao.class).upsert("11010519491231002X", "\uD840\uDC00\uD840\uDC01", null, NOW);
        String caseNo = insert(item1, version1, DAY, person, "\uD840\uDC00\uD840\uDC01", null,
                "'); DROP TABLE cases;--", counter);
        long id = jdbi.withHandle(h -> h.createQuery("SELECT id FROM cases").mapTo(Long.class).one());

        ReceiptRow row = cases.findReceipt(id).orElseThrow();

        assertThat(row.caseNo()).isEqualTo(caseNo).isEqualTo(item1 + "-" + DAY + "-0001");
        assertThat(cases.findReceiptByCaseNo(caseNo)).contains(row);
        assertThat(row.applicantName()).isEqualTo("\uD840\uDC00\uD840\uDC01");
        assertThat(row.receipt().applicantIdNumberMasked()).isEqualTo("1101**********002X");
        assertThat(row.hallName()).isEqualTo("测试大厅");
        assertThat(row.staffName()).isEqualTo("王");
        assertThat(row.receivedAt()).isEqualTo(NOW);
        assertThat(row.itemName()).isEqualTo("公共场所卫生许可证核发");
        String remarks = jdbi.withHandle(h -> h.createQuery("SELECT remarks FROM cases").mapTo(String.class).one());
        assertThat(remarks).isEqualTo("'); DROP TABLE cases;--");
    }

    @Test
    void a_case_cannot_name_a_version_of_another_item_nor_go_without_one() {
        long person = jdbi.onDemand(PersonDao.class).upsert("11010519491231002X", "张三", null, NOW);

        assertThatThrownBy(() -> insert(item2, version1, DAY, person, "张三", null, null, counter))
                .hasMessageContaining("cases_item_version_fk");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("INSERT INTO cases (case_no, item_id, person_id, "
                + "applicant_name, counter_id, staff_id, received_at, received_on, department) "
                + "VALUES ('C3', ?, ?, '张三', ?, ?, now(), current_date, '测试部门')",
                item1, person, counter, staff))).hasMessageContaining("cases_item_version_required");
    }

    @Test
    void claim_of_an_existing_idempotency_key_changes_nothing() {
        IdempotencyDao keys = jdbi.onDemand(IdempotencyDao.class);

        assertThat(keys.claim(staff, counter, "k-1", "hash-a", NOW)).isEqualTo(1);
        assertThat(keys.claim(staff, counter, "k-1", "hash-b", NOW)).isZero();

        assertThat(keys.find(staff, counter, "k-1").orElseThrow().requestHash()).isEqualTo("hash-a");
    }

    @Test
    void an_idempotency_key_is_scoped_to_the_clerk_and_the_counter() {
        IdempotencyDao keys = jdbi.onDemand(IdempotencyDao.class);
        long hall = jdbi.withHandle(h -> h.createQuery("SELECT hall_id FROM counters WHERE id = :id")
                .bind("id", counter).mapTo(Long.class).one());
        long counter2 = jdbi.onDemand(CounterDao.class).insertCounter(hall, 2, "2号综合窗口");
        long staff2 = jdbi.onDemand(StaffDao.class).create("w2", "李", "hash", NOW, EnumSet.of(Role.WINDOW));

        assertThat(keys.claim(staff, counter, "k-1", "hash-a", NOW)).isEqualTo(1);
        assertThat(keys.claim(staff, counter2, "k-1", "hash-b", NOW)).isEqualTo(1);
        assertThat(keys.claim(staff2, counter, "k-1", "hash-c", NOW)).isEqualTo(1);

        assertThat(keys.find(staff, counter2, "k-1").orElseThrow().requestHash()).isEqualTo("hash-b");
        assertThat(keys.find(staff2, counter, "k-1").orElseThrow().requestHash()).isEqualTo("hash-c");
        assertThat(keys.find(staff2, counter2, "k-1")).isEmpty();
    }

    @Test
    void a_failed_insert_names_the_constraint_but_never_a_bound_value() {
        long person = jdbi.onDemand(PersonDao.class).upsert("11010519491231002X", "欧阳娜娜", null, NOW);

        // no such counter: the foreign key refuses the row that carries the name, phone and remarks
        assertThatThrownBy(() -> insert(item1, version1, DAY, person, "欧阳娜娜", "13912345678", "备注秘密",
                counter + 1000))
                .hasMessageContaining("cases_counter_id_fkey")
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage()) + t)
                                .doesNotContain("欧阳娜娜", "13912345678", "备注秘密", "arguments");
                    }
                });
    }
}
