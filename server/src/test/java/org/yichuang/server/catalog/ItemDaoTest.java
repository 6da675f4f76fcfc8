package org.yichuang.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.server.demo.DemoCatalog;
import org.yichuang.server.testing.MigratedDatabase;

class ItemDaoTest {
    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    @Test
    void listInForce_orders_by_department_and_skips_items_out_of_force() {
        ItemDao items = db.jdbi().onDemand(ItemDao.class);
        DemoCatalog.items().forEach(items::insert);
        String retired = DemoCatalog.items().get(3).implementationCode();
        db.jdbi().useHandle(h -> h.execute("UPDATE service_items SET in_force = false WHERE implementation_code = ?",
                retired));

        var listed = items.listInForce();

        assertThat(listed).hasSize(DemoCatalog.items().size() - 1);
        assertThat(listed).extracting(ItemRow::implementationCode).doesNotContain(retired);
        assertThat(listed).extracting(ItemRow::department).isSorted();
        assertThat(items.findInForce(retired)).isEmpty();
        assertThat(items.findInForce(listed.get(0).implementationCode())).contains(listed.get(0));
    }
}
