package org.yichuang.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.server.testing.CatalogFixtures;
import org.yichuang.server.testing.MigratedDatabase;
import org.yichuang.server.web.Json;

class ItemVersionDaoTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    private ItemVersionDao versions;
    private CatalogFixtures fixtures;
    private final ItemJson json = new ItemJson(Json.newObjectMapper());

    @BeforeEach
    void daos() {
        versions = db.jdbi().onDemand(ItemVersionDao.class);
        fixtures = new CatalogFixtures(db.jdbi());
    }

    private long storeV1(ServiceItem item, Instant at) {
        return fixtures.store(null, 1, item, at, true, at).get(item.implementationCode());
    }

    @Test
    void the_version_in_force_is_the_newest_already_effective_and_a_future_version_waits_for_its_time() {
        ServiceItem v1 = CatalogFixtures.item(1, "公共场所卫生许可证核发");
        ServiceItem v2 = CatalogFixtures.item(1, "公共场所卫生许可证核发（新规）");
        long id = storeV1(v1, T0);
        fixtures.store(id, 2, v2, T0.plus(DAY.multipliedBy(10)), true, T0.plus(DAY));
        String code = v1.implementationCode();

        assertThat(versions.inForceAt(code, T0.minusSeconds(1))).isEmpty();
        assertThat(versions.inForceAt(code, T0).orElseThrow().version()).isEqualTo(1);
        assertThat(versions.inForceAt(code, T0.plus(DAY.multipliedBy(10)).minusNanos(1000)).orElseThrow().version())
                .isEqualTo(1);
        assertThat(versions.inForceAt(code, T0.plus(DAY.multipliedBy(10))).orElseThrow().version()).isEqualTo(2);
        assertThat(json.read(versions.inForceAt(code, T0.plus(DAY.multipliedBy(11))).orElseThrow().itemJson()))
                .isEqualTo(v2);
        assertThat(db.jdbi().onDemand(ItemInForceDao.class).summaryInForceAt(code, T0.plus(DAY)).orElseThrow().name())
                .isEqualTo(v1.name());
        assertThat(versions.latest(code).orElseThrow().id()).isEqualTo(versions.history(code).get(0).id());
        assertThat(versions.latest(code).orElseThrow().version()).isEqualTo(2);
        assertThat(versions.history(code)).extracting(VersionRow::version).containsExactly(2, 1);
    }

    @Test
    void a_later_version_effective_sooner_supersedes_a_waiting_one() {
        ServiceItem item = CatalogFixtures.item(2, "医师执业注册");
        long id = storeV1(item, T0);
        fixtures.store(id, 2, CatalogFixtures.item(2, "医师执业注册（下月起）"), T0.plus(DAY.multipliedBy(30)), true, T0);
        fixtures.store(id, 3, CatalogFixtures.item(2, "医师执业注册（更正）"), T0.plus(DAY), true, T0.plus(DAY));

        assertThat(versions.inForceAt(item.implementationCode(), T0.plus(DAY.multipliedBy(40))).orElseThrow()
                .version()).isEqualTo(3);
    }

    @Test
    void a_withdrawn_version_takes_the_item_out_of_every_listing_from_its_effective_time() {
        ServiceItem kept = CatalogFixtures.item(3, "护士执业注册");
        ServiceItem withdrawn = CatalogFixtures.item(4, "母婴保健技术服务执业许可");
        storeV1(kept, T0);
        long id = storeV1(withdrawn, T0);
        fixtures.store(id, 2, withdrawn, T0.plus(DAY), false, T0.plus(DAY));

        assertThat(versions.summariesInForceAt(T0)).extracting(InForceRow::implementationCode)
                .containsExactlyInAnyOrder(kept.implementationCode(), withdrawn.implementationCode());
        assertThat(versions.summariesInForceAt(T0.plus(DAY))).extracting(InForceRow::implementationCode)
                .containsExactly(kept.implementationCode());
        assertThat(versions.allInForceAt(T0.plus(DAY))).extracting(VersionRow::implementationCode)
                .containsExactly(kept.implementationCode());
        assertThat(versions.inForceAt(withdrawn.implementationCode(), T0.plus(DAY))).isEmpty();
        assertThat(versions.latestOfAll()).hasSize(2);
        assertThat(versions.versionedCodes()).hasSize(2);
    }

    @Test
    void one_batch_stores_five_thousand_versions_and_lists_them_by_department_and_name() {
        List<ServiceItem> items = new ArrayList<>();
        for (int n = 0; n < 5000; n++) {
            items.add(CatalogFixtures.item(10_000 + n, "测试事项" + (4999 - n)));
        }

        long start = System.nanoTime();
        var ids = fixtures.storeAll(items, T0);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(versions.countAll()).isEqualTo(5000);
        assertThat(db.jdbi().onDemand(ItemDao.class).countAll()).isEqualTo(5000);
        List<InForceRow> listed = versions.summariesInForceAt(T0);
        assertThat(listed).hasSize(5000);
        assertThat(listed).extracting(InForceRow::name).isSorted();
        assertThat(listed.get(0).promisedLimit()).isEqualTo(items.get(0).promisedLimit());
        var names = new java.util.HashMap<String, String>();
        items.forEach(i -> names.put(i.implementationCode(), i.name()));
        assertThat(listed).allSatisfy(r -> assertThat(r.name()).isEqualTo(names.get(r.implementationCode())));
        assertThat(millis).as("batched, not 5,000 round trips").isLessThan(10_000);
        // the batch hands back generated ids in row order (multi-row INSERTs): each code must get its own row's id
        ItemDao identities = db.jdbi().onDemand(ItemDao.class);
        assertThat(identities.identities()).hasSize(5000).allSatisfy(r ->
                assertThat(ids.get(r.implementationCode())).isEqualTo(r.id()));
    }

    @Test
    void version_numbers_are_unique_per_item_and_rows_keep_the_whole_item() {
        ServiceItem item = CatalogFixtures.item(5, "出生医学证明办理");
        long id = storeV1(item, T0);

        assertThatThrownBy(() -> fixtures.store(id, 1, item, T0.plus(DAY), true, T0.plus(DAY)))
                .isInstanceOf(UnableToExecuteStatementException.class);
        VersionRow row = versions.latest(item.implementationCode()).orElseThrow();
        assertThat(json.read(row.itemJson())).isEqualTo(item);
        assertThat(row.versioned(json).recordedBy()).isEqualTo("system");
        assertThat(row.recordedAt()).isEqualTo(T0);
    }
}
