package org.yichuang.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.PasswordHasher;
import org.yichuang.server.catalog.BundleDao;
import org.yichuang.server.catalog.BundleRow;
import org.yichuang.server.catalog.ItemJson;
import org.yichuang.server.catalog.ItemVersionDao;
import org.yichuang.server.catalog.VersionRow;
import org.yichuang.server.testing.MigratedDatabase;
import org.yichuang.server.web.Json;

class DemoCatalogTest {
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    private final CatalogDocument document = new DemoCatalog(Json.newObjectMapper()).document();

    private DemoData demo() {
        return new DemoData(db.jdbi(), new PasswordHasher(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void the_shipped_catalog_reads_with_the_servers_strict_mapper_and_passes_the_rules() {
        assertThat(document.items()).hasSize(45);
        assertThat(document.bundles()).hasSize(5);
        assertThat(document.items()).extracting(ServiceItem::caseKind).contains(CaseKind.PROMISED, CaseKind.IMMEDIATE);
    }

    @Test
    void seeding_stores_every_item_as_version_1_by_the_system_and_every_bundle() {
        demo().seed(role -> "pw-" + role);

        ItemVersionDao versions = db.jdbi().onDemand(ItemVersionDao.class);
        ItemJson json = new ItemJson(Json.newObjectMapper());
        assertThat(versions.latestOfAll()).hasSize(45).allSatisfy(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.recordedBy()).isNull();
            assertThat(v.effectiveFrom()).isEqualTo(NOW);
        });
        assertThat(versions.latestOfAll()).map(v -> json.read(v.itemJson()))
                .containsExactlyInAnyOrderElementsOf(document.items());
        assertThat(db.jdbi().onDemand(BundleDao.class).listAll()).map(BundleRow::bundle)
                .containsExactlyInAnyOrderElementsOf(document.bundles());
        assertThat(versions.summariesInForceAt(NOW)).hasSize(45);
        assertThat(auditCount("CATALOG_SEEDED")).isEqualTo(45);
    }

    @Test
    void seeding_the_catalog_again_changes_nothing() {
        Map<Role, DemoAccount> accounts = demo().seed(role -> "pw-" + role);
        ItemVersionDao versions = db.jdbi().onDemand(ItemVersionDao.class);
        var before = versions.latestOfAll().stream().map(VersionRow::id).toList();

        boolean seeded = demo().seedCatalogIfEmpty();

        assertThat(accounts).hasSize(5);
        assertThat(seeded).isFalse();
        assertThat(versions.countAll()).isEqualTo(45);
        assertThat(versions.latestOfAll().stream().map(VersionRow::id).toList()).isEqualTo(before);
        assertThat(db.jdbi().onDemand(BundleDao.class).listAll()).extracting(BundleRow::code)
                .containsExactlyInAnyOrderElementsOf(document.bundles().stream().map(ServiceBundle::code).toList());
    }

    private int auditCount(String action) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }
}
